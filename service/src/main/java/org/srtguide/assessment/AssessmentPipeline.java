package org.srtguide.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.srtguide.decision.DecisionEvaluator;
import org.srtguide.decision.DeployedModel;
import org.srtguide.decision.Evaluation;
import org.srtguide.decision.EvaluationTrace;
import org.srtguide.decision.ModelRegistry;
import org.srtguide.decision.ModelSet;
import org.srtguide.decision.Rationale;
import org.srtguide.kinetics.KineticsAnalyzer;
import org.srtguide.kinetics.PsaKinetics;
import org.srtguide.kinetics.PsaValue;
import org.srtguide.kinetics.TreatmentContext;

/**
 * The assessment steps after the input checks: PSA rule unit, pathway model, response mapping.
 * It runs over any {@link ModelSet}: the deployed models (audited, by {@link AssessmentService})
 * or a committee candidate set (unaudited test runs, never a clinical answer).
 */
@ApplicationScoped
public class AssessmentPipeline {
    private final KineticsAnalyzer kineticsAnalyzer;
    private final DecisionEvaluator evaluator;

    AssessmentPipeline(KineticsAnalyzer kineticsAnalyzer, DecisionEvaluator evaluator) {
        this.kineticsAnalyzer = kineticsAnalyzer;
        this.evaluator = evaluator;
    }

    /** An unaudited assessment over the given models, with the same checks as the public endpoint. */
    public AssessmentResponse assess(AssessmentRequest request, ModelSet models) {
        LocalDate asOf = AssessmentChecks.asOf(request);
        AssessmentChecks.check(request, asOf);
        return run(request, asOf, models, new EvaluationTrace(), null);
    }

    /** The steps, recorded in {@code trace}; {@code auditId} is null for an unaudited run. */
    AssessmentResponse run(AssessmentRequest request, LocalDate asOf, ModelSet models, EvaluationTrace trace, String auditId) {
        DeployedModel pathway = models.byName(ModelRegistry.ENTRY_MODEL).orElseThrow();
        TreatmentContext treatment = new TreatmentContext(
                TreatmentContext.PrimaryTreatment.valueOf(request.primaryTreatment().name()), referenceDate(request), asOf);
        PsaKinetics kinetics = trace.collect(() -> kineticsAnalyzer.analyze(treatment, distinctValues(request)));
        Map<String, Object> inputs = PathwayInputs.of(request, asOf, kinetics);
        String service = pathway.decisionServices().isEmpty() ? null : pathway.decisionServices().get(0);
        Evaluation evaluation = evaluator.evaluate(pathway, service, inputs, trace);
        return ResponseMapper.map(request, asOf, auditId, kinetics, evaluation.outputs(),
                Rationale.of(trace, models, model -> true));
    }

    /**
     * The course the PSA series is read against: after a previous salvage radiotherapy its date, so
     * that nadir, rises and doubling time come from the post-salvage values only (docs/models.md).
     */
    static LocalDate referenceDate(AssessmentRequest request) {
        LocalDate salvage = request.previousSalvageRadiotherapyDate();
        return salvage != null ? salvage : request.primaryTreatmentDate();
    }

    /** Same-date repeats with the same value are one measurement (different values were rejected). */
    static List<PsaValue> distinctValues(AssessmentRequest request) {
        Map<LocalDate, PsaValue> byDate = new TreeMap<>();
        request.psa().forEach(p -> byDate.putIfAbsent(p.date(), new PsaValue(p.date(), p.value().doubleValue(),
                p.reportedBelowLimit())));
        return List.copyOf(byDate.values());
    }
}
