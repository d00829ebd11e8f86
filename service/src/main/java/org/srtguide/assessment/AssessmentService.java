package org.srtguide.assessment;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.srtguide.audit.AuditedCall;
import org.srtguide.decision.ModelRegistry;
import org.srtguide.metrics.DecisionMetrics;

/**
 * One assessment: check the input, then, as one audited call, analyse the PSA series (rule unit),
 * evaluate the pathway model (one call over all concern models) and map to the contract.
 */
@ApplicationScoped
public class AssessmentService {
    static final String ENDPOINT = "POST /api/assessments";

    private final AssessmentPipeline pipeline;
    private final ModelRegistry registry;
    private final AuditedCall audited;
    private final DecisionMetrics metrics;

    AssessmentService(AssessmentPipeline pipeline, ModelRegistry registry, AuditedCall audited, DecisionMetrics metrics) {
        this.pipeline = pipeline;
        this.registry = registry;
        this.audited = audited;
        this.metrics = metrics;
    }

    AuditedCall.Answer<AssessmentResponse> assess(AssessmentRequest request, String principal) {
        return assess(request, principal, ENDPOINT);
    }

    /**
     * The same checks, pipeline and audit trail for another entry point (CDS Hooks), recorded under its
     * own endpoint name. The caller has already applied Bean Validation to the request.
     */
    public AuditedCall.Answer<AssessmentResponse> assess(AssessmentRequest request, String principal, String endpoint) {
        LocalDate asOf = AssessmentChecks.asOf(request);
        AssessmentChecks.check(request, asOf);
        AuditedCall.Answer<AssessmentResponse> answer = audited.run(endpoint, principal, asOf, request,
                (auditId, trace) -> pipeline.run(request, asOf, registry, trace, auditId));
        metrics.assessed(answer.response().recommendation().pathway(), answer.response().recurrence().status());
        return answer;
    }
}
