package org.srtguide.decision;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.srtguide.api.EvaluationFailedException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Evaluates a deployed model (its decision service, or the whole model) from JSON-form inputs
 * through {@link DmnEngine}, and fails the case on any engine error or warning. The JSON-form
 * context is what the audit records and a replay uses.
 */
@ApplicationScoped
public class DecisionEvaluator {
    private final DmnEngine engine;

    DecisionEvaluator(ObjectMapper mapper) {
        this.engine = new DmnEngine(mapper);
    }

    /** Evaluation that the trace records: tables and rules selected, and the call itself (context, results, messages). */
    public Evaluation evaluate(DeployedModel model, String decisionService, Map<String, Object> inputs, EvaluationTrace trace) {
        Evaluation evaluation = trace.collect(() -> evaluate(model, decisionService, inputs));
        trace.invocation(new ModelInvocation(model.name(), decisionService, inputs, evaluation.outputs()), evaluation.messages());
        return evaluation;
    }

    /** Evaluation with no trace (benchmarks). */
    public Evaluation evaluate(DeployedModel model, String decisionService, Map<String, Object> inputs) {
        DmnEngine.Result result = engine.evaluate(model.decisionModel(), decisionService, inputs);
        List<DmnMessageRecord> failures = result.failures();
        if (!failures.isEmpty()) {
            throw new EvaluationFailedException(model.name(),
                    failures.stream().map(m -> new EvaluationFailedException.ModelError(m.sourceId(), m.text())).toList());
        }
        return new Evaluation(model.name(), result.outputs(), result.messages());
    }

    /** The names of the inputs a caller supplies: the decision service's input data, or the model's. */
    public List<String> inputNames(DeployedModel model, String decisionService) {
        return DmnEngine.inputNames(model.decisionModel(), decisionService);
    }
}
