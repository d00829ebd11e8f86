package org.srtguide.committee;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.srtguide.api.InvalidInputException;
import org.srtguide.api.Principals;
import org.srtguide.api.UnprocessableException;
import org.srtguide.decision.ActiveModels;

/**
 * The committee workbench (docs/committee.md): inspect the deployed models and review candidate
 * versions (validate, analyse, test against the vignettes, diff, report). Nothing here deploys a
 * model; adoption goes through the repository and CI.
 */
@Path("/api/committee")
@RolesAllowed({ "committee", "admin" })
@Produces(MediaType.APPLICATION_JSON)
public class CommitteeResource {
    static final String MARKDOWN = "text/markdown";

    private final ActiveModels active;
    private final CandidateSets candidateSets;
    private final CandidateValidator validator;
    private final TestRunner testRunner;
    private final TestVignettes vignettes;

    CommitteeResource(ActiveModels active, CandidateSets candidateSets, CandidateValidator validator, TestRunner testRunner,
            TestVignettes vignettes) {
        this.active = active;
        this.candidateSets = candidateSets;
        this.validator = validator;
        this.testRunner = testRunner;
        this.vignettes = vignettes;
    }

    /** Normalised candidate models, ready to commit (DMN 1.5). */
    public record NormalisedModels(List<NormalisedModel> models) {
    }

    public record NormalisedModel(String name, String submittedVersion, List<String> normalisation, String xml) {
    }

    @GET
    @Path("/models")
    @Operation(summary = "Every deployed model with its decisions, tables, rule count and cited sources")
    public List<ModelOverview> models() {
        return active.current().all().stream().map(ModelOverview::of).toList();
    }

    @GET
    @Path("/models/{name}")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "The deployed DMN XML of one model, as built into this service")
    public String model(@PathParam("name") String name) {
        return active.current().byName(name).orElseThrow(() -> new NotFoundException("no model " + name)).xml();
    }

    @POST
    @Path("/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schema, model and compilation messages and decision-table analysis of a candidate set")
    public ValidationReport validate(CandidateRequest request) {
        return validator.validate(candidateSets.of(request));
    }

    @POST
    @Path("/test-runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run every committee vignette (as the active version has them) against the candidate set, compiled in"
            + " memory; nothing is deployed")
    public TestRunReport testRun(CandidateRequest request) {
        CandidateSet candidates = candidateSets.of(request);
        return testRunner.run(candidates, vignettes.of(candidates.base().version()));
    }

    @POST
    @Path("/diff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Candidate against deployed, rule by rule, with changed parameter decisions")
    public DiffReport diff(CandidateRequest request) {
        return ModelDiffer.diff(candidateSets.of(request));
    }

    @POST
    @Path("/normalise")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The submitted models as DMN 1.5, the form to commit")
    public NormalisedModels normalise(CandidateRequest request) {
        return new NormalisedModels(candidateSets.of(request).submitted().stream()
                .map(m -> new NormalisedModel(m.name(), m.submittedVersion(), m.normalisation(), m.xml())).toList());
    }

    @POST
    @Path("/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ MediaType.TEXT_HTML, MARKDOWN })
    @Operation(summary = "Review report for the committee's minutes: diff, validation, analysis and test run (format=html|markdown)")
    public Response report(CandidateRequest request, @QueryParam("format") String format, @Context SecurityContext security) {
        String chosen = format == null || format.isBlank() ? "html" : format;
        if (!"html".equals(chosen) && !"markdown".equals(chosen)) {
            throw new InvalidInputException("format", "must be html or markdown");
        }
        CandidateSet candidates = candidateSets.of(request);
        DiffReport diff = ModelDiffer.diff(candidates);
        ValidationReport validation = validator.validate(candidates);
        TestRunReport testRun = null;
        String testRunError = null;
        try {
            testRun = testRunner.run(candidates, vignettes.of(candidates.base().version()));
        } catch (UnprocessableException notCompiled) {
            testRunError = notCompiled.title() + ": " + notCompiled.violations().stream()
                    .map(v -> v.field() + ": " + v.message()).toList();
        }
        ReportDocument doc = ReviewReport.build(candidates, diff, validation, testRun, testRunError, Principals.name(security));
        String file = "review-" + String.join("-", candidates.submitted().stream().map(CandidateModel::name).toList());
        return "html".equals(chosen)
                ? Response.ok(doc.html("Committee review"), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                        .header("Content-Disposition", "attachment; filename=\"" + file + ".html\"").build()
                : Response.ok(doc.markdown(), MARKDOWN + ";charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"" + file + ".md\"").build();
    }
}
