package org.srtguide.assessment;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.srtguide.audit.AuditedCall;
import org.srtguide.decision.ActiveModels;
import org.srtguide.decision.VersionedModels;
import org.srtguide.metrics.DecisionMetrics;

/**
 * One assessment: check the input, then, as one audited call, analyse the PSA series (rule unit),
 * evaluate the pathway model (one call over all concern models) and map to the contract, all on
 * the model version active when the evaluation starts.
 */
@ApplicationScoped
public class AssessmentService {
    static final String ENDPOINT = "POST /api/assessments";

    private final AssessmentPipeline pipeline;
    private final ActiveModels active;
    private final AuditedCall audited;
    private final DecisionMetrics metrics;

    AssessmentService(AssessmentPipeline pipeline, ActiveModels active, AuditedCall audited, DecisionMetrics metrics) {
        this.pipeline = pipeline;
        this.active = active;
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
                (auditId, trace) -> {
                    // one version from start to end, whatever is published meanwhile
                    VersionedModels models = active.current();
                    trace.evaluateOn(models);
                    return pipeline.run(request, asOf, models, trace, auditId);
                });
        metrics.assessed(answer.response().recommendation().pathway(), answer.response().recurrence().status());
        return answer;
    }
}
