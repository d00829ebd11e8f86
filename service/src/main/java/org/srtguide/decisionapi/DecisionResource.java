package org.srtguide.decisionapi;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.srtguide.api.InvalidInputException;
import org.srtguide.api.Principals;
import org.srtguide.api.Violation;
import org.srtguide.audit.AuditedCall;
import org.srtguide.decision.DecisionEvaluator;
import org.srtguide.decision.DeployedModel;
import org.srtguide.decision.ActiveModels;
import org.srtguide.decision.Rationale;
import org.srtguide.decision.RationaleEntry;
import org.srtguide.decision.VersionedModels;
import org.srtguide.metrics.DecisionMetrics;

/**
 * Per-model decision endpoints: evaluate one concern model on its own (its decision service), with
 * the same input checks, rationale and audit as the assessment.
 */
@Path("/api/decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {
    private final ActiveModels active;
    private final DecisionEvaluator evaluator;
    private final AuditedCall audited;
    private final DecisionMetrics metrics;

    DecisionResource(ActiveModels active, DecisionEvaluator evaluator, AuditedCall audited, DecisionMetrics metrics) {
        this.active = active;
        this.evaluator = evaluator;
        this.audited = audited;
        this.metrics = metrics;
    }

    public record ModelSummary(String name, String namespace, String sha256, List<String> decisionServices) {
    }

    public record DecisionResponse(String model, String auditId, Map<String, Object> outputs, List<RationaleEntry> rationale) {
    }

    @GET
    @RolesAllowed({ "clinician", "committee", "auditor", "admin" })
    public List<ModelSummary> models() {
        return active.current().all().stream()
                .map(m -> new ModelSummary(m.name(), m.namespace(), m.sha256(), m.decisionServices())).toList();
    }

    @POST
    @Path("/{model}")
    @RolesAllowed({ "clinician", "admin" })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response evaluate(@PathParam("model") String modelName, Map<String, Object> inputs,
            @Context SecurityContext security) {
        VersionedModels version = active.current(); // the version this call evaluates on to the end
        DeployedModel model = version.byName(modelName)
                .orElseThrow(() -> new NotFoundException("no model " + modelName));
        if (inputs == null) {
            throw new InvalidInputException("body", "a JSON object of model inputs is required");
        }
        String service = model.decisionServices().isEmpty() ? null : model.decisionServices().get(0);
        rejectUnknownInputs(inputs.keySet(), evaluator.inputNames(model, service), model.name());
        AuditedCall.Answer<DecisionResponse> answer = audited.run("POST /api/decisions/" + model.name(),
                Principals.name(security), null, inputs, (auditId, trace) -> {
                    trace.evaluateOn(version);
                    return new DecisionResponse(model.name(), auditId, evaluator.evaluate(model, service, inputs, trace).outputs(),
                            Rationale.of(trace, version, name -> true));
                });
        metrics.decided(model.name());
        return answer.toResponse();
    }

    /** Like unknown fields of the assessment: a misspelt input must not be silently ignored. */
    private static void rejectUnknownInputs(Set<String> given, List<String> known, String model) {
        List<Violation> unknown = given.stream().filter(name -> !known.contains(name)).sorted()
                .map(name -> new Violation(name, "not an input of model " + model + "; inputs: " + known)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
    }
}
