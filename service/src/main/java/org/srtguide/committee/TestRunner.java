package org.srtguide.committee;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.srtguide.api.EvaluationFailedException;
import org.srtguide.api.InvalidInputException;
import org.srtguide.assessment.AssessmentPipeline;
import org.srtguide.assessment.AssessmentRequest;
import org.srtguide.committee.TestRunReport.CaseResult;
import org.srtguide.committee.TestRunReport.FieldDifference;
import org.srtguide.committee.TestRunReport.Mismatch;
import org.srtguide.decision.ActiveModels;
import org.srtguide.decision.ModelSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * Runs every vignette through the assessment pipeline twice, over the active models and over the
 * candidate set, unaudited: a test run is no clinical answer and deploys nothing.
 */
@ApplicationScoped
class TestRunner {
    /** Fields that differ on every call and say nothing about the models. */
    private static final Set<String> VOLATILE = Set.of("auditId");

    private final CandidateCompiler compiler;
    private final AssessmentPipeline pipeline;
    private final ActiveModels active;
    private final ObjectMapper mapper;
    private final Validator validator;

    TestRunner(CandidateCompiler compiler, AssessmentPipeline pipeline, ActiveModels active, ObjectMapper mapper,
            Validator validator) {
        this.compiler = compiler;
        this.pipeline = pipeline;
        this.active = active;
        this.mapper = mapper;
        this.validator = validator;
    }

    /** Every vignette of the set over the candidate set and over the version it is laid on. */
    TestRunReport run(CandidateSet candidates, VignetteSet vignettes) {
        ModelSet candidate = compiler.compile(candidates);
        ModelSet deployed = candidates.base() != null ? candidates.base() : active.current();
        List<CaseResult> cases = new ArrayList<>();
        for (VignetteLibrary.Vignette vignette : vignettes.vignettes()) {
            cases.add(run(vignette, deployed, candidate));
        }
        int passed = (int) cases.stream().filter(CaseResult::passed).count();
        int differing = (int) cases.stream().filter(c -> !c.differencesFromDeployed().isEmpty()).count();
        return new TestRunReport(vignettes.origin(), cases.size(), passed, cases.size() - passed, differing, cases);
    }

    private CaseResult run(VignetteLibrary.Vignette vignette, ModelSet deployed, ModelSet candidate) {
        AssessmentRequest request;
        try {
            request = mapper.treeToValue(vignette.request(), AssessmentRequest.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return failed(vignette, "the vignette's request is not a valid assessment request: " + e.getMessage());
        }
        Set<ConstraintViolation<AssessmentRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return failed(vignette, "the vignette's request is invalid: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
        Outcome before = outcome(request, deployed);
        Outcome after = outcome(request, candidate);
        List<FieldDifference> differences = differences(before.json(), after.json());
        if (after.error() != null) {
            return new CaseResult(vignette.id(), vignette.description(), false, after.error(), List.of(), differences);
        }
        List<Mismatch> mismatches = vignette.mismatches(after.json());
        return new CaseResult(vignette.id(), vignette.description(), mismatches.isEmpty(), null, mismatches, differences);
    }

    private static CaseResult failed(VignetteLibrary.Vignette vignette, String error) {
        return new CaseResult(vignette.id(), vignette.description(), false, error, List.of(), List.of());
    }

    /** The response in JSON form, or the reason there is none (shown as the field {@code error}). */
    private record Outcome(JsonNode json, String error) {
    }

    private Outcome outcome(AssessmentRequest request, ModelSet models) {
        try {
            return new Outcome(mapper.valueToTree(pipeline.assess(request, models)), null);
        } catch (EvaluationFailedException failed) {
            String error = "the models could not decide the case: " + failed.errors().stream()
                    .map(e -> (e.sourceId() == null ? "" : e.sourceId() + ": ") + e.text()).collect(Collectors.joining("; "));
            return new Outcome(mapper.createObjectNode().put("error", error), error);
        } catch (InvalidInputException invalid) {
            String error = "input rejected: " + invalid.violations().stream()
                    .map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
            return new Outcome(mapper.createObjectNode().put("error", error), error);
        }
    }

    private static List<FieldDifference> differences(JsonNode before, JsonNode after) {
        Map<String, JsonNode> old = JsonFields.leaves(before, VOLATILE);
        Map<String, JsonNode> now = JsonFields.leaves(after, VOLATILE);
        Set<String> paths = new LinkedHashSet<>(old.keySet());
        paths.addAll(now.keySet());
        List<FieldDifference> out = new ArrayList<>();
        for (String path : paths) {
            JsonNode a = JsonFields.orMissing(old, path);
            JsonNode b = JsonFields.orMissing(now, path);
            if (!a.equals(b)) {
                out.add(new FieldDifference(path, a.isMissingNode() ? NullNode.getInstance() : a,
                        b.isMissingNode() ? NullNode.getInstance() : b));
            }
        }
        return out;
    }
}
