package org.srtguide.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.srtguide.audit.AuditScope;
import org.srtguide.audit.AuditTrail;
import org.srtguide.decision.DecisionEvaluator;
import org.srtguide.decision.DeployedModel;
import org.srtguide.decision.Evaluation;
import org.srtguide.decision.ModelRegistry;
import org.srtguide.decision.Rationale;
import org.srtguide.kinetics.KineticsAnalyzer;
import org.srtguide.kinetics.PsaKinetics;
import org.srtguide.kinetics.PsaValue;
import org.srtguide.kinetics.TreatmentContext;
import org.srtguide.metrics.DecisionMetrics;

/**
 * One assessment: check the input, analyse the PSA series (rule unit), evaluate the pathway model
 * (one call over all concern models), map to the contract, and commit the audit record before
 * anything is returned.
 */
@ApplicationScoped
class AssessmentService {
    static final String ENDPOINT = "POST /api/assessments";

    private final KineticsAnalyzer kineticsAnalyzer;
    private final DecisionEvaluator evaluator;
    private final ModelRegistry registry;
    private final AuditTrail audit;
    private final DecisionMetrics metrics;

    AssessmentService(KineticsAnalyzer kineticsAnalyzer, DecisionEvaluator evaluator, ModelRegistry registry,
            AuditTrail audit, DecisionMetrics metrics) {
        this.kineticsAnalyzer = kineticsAnalyzer;
        this.evaluator = evaluator;
        this.registry = registry;
        this.audit = audit;
        this.metrics = metrics;
    }

    AssessmentResponse assess(AssessmentRequest request, String principal) {
        LocalDate asOf = AssessmentChecks.asOf(request);
        AssessmentChecks.check(request, asOf);
        DeployedModel pathway = registry.byName(ModelRegistry.ENTRY_MODEL).orElseThrow();
        try (AuditScope scope = audit.open(ENDPOINT)) {
            PsaKinetics kinetics = kineticsAnalyzer.analyze(new TreatmentContext(
                    TreatmentContext.PrimaryTreatment.valueOf(request.primaryTreatment().name()),
                    request.primaryTreatmentDate(), asOf), distinctValues(request));
            Map<String, Object> inputs = PathwayInputs.of(request, kinetics);
            String service = pathway.decisionServices().isEmpty() ? null : pathway.decisionServices().get(0);
            Evaluation evaluation = evaluator.evaluate(pathway, service, inputs, scope);
            AssessmentResponse response = ResponseMapper.map(request, asOf, scope.id(), kinetics, evaluation.outputs(),
                    Rationale.of(scope.trace(), registry, model -> true));
            audit.commit(scope, principal, asOf, request, response);
            metrics.assessed(response.recommendation().pathway(), response.recurrence().status());
            return response;
        }
    }

    /** Same-date repeats with the same value are one measurement (different values were rejected). */
    private static List<PsaValue> distinctValues(AssessmentRequest request) {
        Map<LocalDate, PsaValue> byDate = new TreeMap<>();
        request.psa().forEach(p -> byDate.putIfAbsent(p.date(), new PsaValue(p.date(), p.value().doubleValue())));
        return List.copyOf(byDate.values());
    }
}
