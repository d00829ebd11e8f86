package org.srtguide.assessment;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.srtguide.audit.AuditScope;
import org.srtguide.audit.AuditTrail;
import org.srtguide.capacity.EvaluationGate;
import org.srtguide.decision.DecisionEvaluator;
import org.srtguide.decision.ModelRegistry;
import org.srtguide.metrics.DecisionMetrics;

/**
 * One assessment: check the input, analyse the PSA series (rule unit), evaluate the pathway model
 * (one call over all concern models), map to the contract, and commit the audit record before
 * anything is returned.
 */
@ApplicationScoped
class AssessmentService {
    static final String ENDPOINT = "POST /api/assessments";

    private final AssessmentPipeline pipeline;
    private final DecisionEvaluator evaluator;
    private final ModelRegistry registry;
    private final AuditTrail audit;
    private final DecisionMetrics metrics;
    private final EvaluationGate gate;

    AssessmentService(AssessmentPipeline pipeline, DecisionEvaluator evaluator, ModelRegistry registry, AuditTrail audit,
            DecisionMetrics metrics, EvaluationGate gate) {
        this.pipeline = pipeline;
        this.evaluator = evaluator;
        this.registry = registry;
        this.audit = audit;
        this.metrics = metrics;
        this.gate = gate;
    }

    /** An answered assessment: its audit record id and the response body, exactly as recorded. */
    record Answer(String auditId, byte[] body) {
    }

    Answer assess(AssessmentRequest request, String principal) {
        LocalDate asOf = AssessmentChecks.asOf(request);
        AssessmentChecks.check(request, asOf);
        try (AuditScope scope = audit.open(ENDPOINT)) {
            AssessmentResponse response = gate.run(() -> pipeline.run(request, asOf, registry, scope.trace(),
                    (pathway, service, inputs) -> evaluator.evaluate(pathway, service, inputs, scope), scope.id()));
            byte[] body = audit.commit(scope, principal, asOf, request, response);
            metrics.assessed(response.recommendation().pathway(), response.recurrence().status());
            return new Answer(response.auditId(), body);
        }
    }
}
