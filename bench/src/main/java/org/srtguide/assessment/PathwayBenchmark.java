package org.srtguide.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.drools.ruleunits.api.RuleUnitProvider;
import org.kie.dmn.api.core.DMNResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.srtguide.decision.BenchModels;
import org.srtguide.decision.DecisionEvaluator;
import org.srtguide.decision.DeployedModel;
import org.srtguide.decision.DmnEngine;
import org.srtguide.decision.Evaluation;
import org.srtguide.decision.EvaluationTrace;
import org.srtguide.kinetics.KineticsAnalyzer;
import org.srtguide.kinetics.PsaKinetics;
import org.srtguide.kinetics.PsaKineticsUnit;
import org.srtguide.kinetics.PsaValue;
import org.srtguide.kinetics.TreatmentContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * One case through the decision path of POST /api/assessments, outside Quarkus: the PSA rule unit
 * (standalone engine; the service runs the Kogito-generated executable model of the same DRL), the
 * pathway inputs, and the pathway model's decision service over all concern models, through the
 * service's own KineticsAnalyzer, PathwayInputs and DecisionEvaluator. No audit, no HTTP.
 * Cases: bench/src/main/resources/cases (typical: 3 PSA values and one PSMA PET, as the HTTP bench).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PathwayBenchmark {
    static final String SERVICE = "pathwayService";

    @Param({"typical", "long"})
    public String caseName;

    AssessmentRequest request;
    LocalDate asOf;
    KineticsAnalyzer analyzer;
    DecisionEvaluator evaluator;
    DeployedModel pathway;
    DeployedModel engineChecked;
    DeployedModel stock;
    Map<String, Object> inputs;
    TreatmentContext treatment;
    List<PsaValue> values;

    @Setup
    public void setUp() throws IOException {
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule()).build();
        try (InputStream in = PathwayBenchmark.class.getResourceAsStream("/cases/" + caseName + ".json")) {
            request = mapper.readValue(in, AssessmentRequest.class);
        }
        asOf = AssessmentChecks.asOf(request);
        AssessmentChecks.check(request, asOf);
        analyzer = new KineticsAnalyzer(RuleUnitProvider.get().getRuleUnit(new PsaKineticsUnit()));
        BenchModels models = new BenchModels();
        evaluator = BenchModels.evaluator(mapper);
        pathway = models.deployed("pathway");
        engineChecked = BenchModels.withEngineTypeChecks().deployed("pathway");
        stock = BenchModels.stock().deployed("pathway");
        treatment = new TreatmentContext(TreatmentContext.PrimaryTreatment.valueOf(request.primaryTreatment().name()),
                AssessmentPipeline.referenceDate(request), asOf);
        values = AssessmentPipeline.distinctValues(request);
        inputs = PathwayInputs.of(request, asOf, analyzer.analyze(treatment, values));
        Evaluation check = evaluator.evaluate(pathway, SERVICE, inputs);
        if (check.outputs().isEmpty()) {
            throw new IllegalStateException("the pathway service returned nothing for case " + caseName);
        }
    }

    /** The PSA rule unit alone (a fresh unit instance per case, as KineticsAnalyzer does). */
    @Benchmark
    public PsaKinetics psaAnalysis() {
        return analyzer.analyze(treatment, values);
    }

    /** The whole decision path of one case: PSA rule unit, pathway inputs, DMN, outputs in JSON form. */
    @Benchmark
    public Evaluation pathwayPerCase() {
        PsaKinetics kinetics = analyzer.analyze(treatment, AssessmentPipeline.distinctValues(request));
        return evaluator.evaluate(pathway, SERVICE, PathwayInputs.of(request, asOf, kinetics));
    }

    /** DecisionEvaluator alone: typed context building, input checks, DMN, outputs in JSON form. */
    @Benchmark
    public Evaluation pathwayDmn() {
        return evaluator.evaluate(pathway, SERVICE, inputs);
    }

    /**
     * The engine alone with its own runtime type checks on: how the service evaluated before it checked
     * types itself (docs/architecture.md, "Type checks"); compare with {@link #pathwayDmnEngineOnly}.
     */
    @Benchmark
    public DMNResult pathwayDmnEngineTypeChecks() {
        return DmnEngine.evaluateUnchecked(engineChecked.decisionModel(), SERVICE, inputs);
    }

    /** What an assessment runs: {@link #pathwayDmn} with the trace the audit record is built from collected. */
    @Benchmark
    public Evaluation pathwayDmnTraced() {
        return evaluator.evaluate(pathway, SERVICE, inputs, new EvaluationTrace());
    }

    /** The engine as stock Kogito runs it (no listeners registered): context building and the decision service. */
    @Benchmark
    public DMNResult pathwayDmnStock() {
        return DmnEngine.evaluateUnchecked(stock.decisionModel(), SERVICE, inputs);
    }

    /** The engine alone on the service's runtime (its listeners registered, no trace collecting): no checks, no conversion. */
    @Benchmark
    public DMNResult pathwayDmnEngineOnly() {
        return DmnEngine.evaluateUnchecked(pathway.decisionModel(), SERVICE, inputs);
    }
}
