package org.srtguide.decision;

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
import org.srtguide.audit.AuditScope;
import org.srtguide.audit.AuditTrail;
import org.srtguide.capacity.EvaluationGate;
import org.srtguide.metrics.DecisionMetrics;

/**
 * Per-model decision endpoints: evaluate one concern model on its own (its decision service), with
 * the same input checks, rationale and audit as the assessment.
 */
@Path("/api/decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {
    private final ModelRegistry registry;
    private final DecisionEvaluator evaluator;
    private final AuditTrail audit;
    private final DecisionMetrics metrics;
    private final EvaluationGate gate;

    DecisionResource(ModelRegistry registry, DecisionEvaluator evaluator, AuditTrail audit, DecisionMetrics metrics,
            EvaluationGate gate) {
        this.registry = registry;
        this.evaluator = evaluator;
        this.audit = audit;
        this.metrics = metrics;
        this.gate = gate;
    }

    public record ModelSummary(String name, String namespace, String sha256, List<String> decisionServices) {
    }

    public record DecisionResponse(String model, String auditId, Map<String, Object> outputs, List<RationaleEntry> rationale) {
    }

    @GET
    @RolesAllowed({ "clinician", "committee", "auditor", "admin" })
    public List<ModelSummary> models() {
        return registry.all().stream()
                .map(m -> new ModelSummary(m.name(), m.namespace(), m.sha256(), m.decisionServices())).toList();
    }

    @POST
    @Path("/{model}")
    @RolesAllowed({ "clinician", "admin" })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response evaluate(@PathParam("model") String modelName, Map<String, Object> inputs,
            @Context SecurityContext security) {
        DeployedModel model = registry.byName(modelName)
                .orElseThrow(() -> new NotFoundException("no model " + modelName));
        if (inputs == null) {
            throw new InvalidInputException("body", "a JSON object of model inputs is required");
        }
        String service = model.decisionServices().isEmpty() ? null : model.decisionServices().get(0);
        rejectUnknownInputs(inputs.keySet(), evaluator.inputNames(model, service), model.name());
        try (AuditScope scope = audit.open("POST /api/decisions/" + model.name())) {
            Evaluation evaluation = gate.run(() -> evaluator.evaluate(model, service, inputs, scope));
            DecisionResponse response = new DecisionResponse(model.name(), scope.id(), evaluation.outputs(),
                    Rationale.of(scope.trace(), registry, name -> true));
            byte[] body = audit.commit(scope, Principals.name(security), null, inputs, response);
            metrics.decided(model.name());
            return Response.ok(body, MediaType.APPLICATION_JSON).header("X-Audit-Id", scope.id()).build();
        }
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
