package org.srtguide.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Singleton;

import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNType;
import org.kie.dmn.api.core.ast.DMNNode;
import org.kie.dmn.api.core.ast.DecisionNode;
import org.kie.dmn.api.core.ast.InputDataNode;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionEvent;
import org.kie.dmn.api.core.event.BeforeEvaluateDecisionServiceEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;
import org.kie.dmn.core.ast.DecisionServiceNodeImpl;

/**
 * The service's runtime type check (docs/architecture.md, "Type checks"): every decision's result and
 * every decision-service parameter must conform to its declared type and allowed values, checked once
 * each with {@link Conformance}, instead of the engine's checks, which repeat the same test for every
 * decision that reads a value. A value that does not conform is an ERROR message of the evaluation, so
 * the case fails (422) and no recommendation is given. Registered with Kogito through CDI and by
 * {@link DmnEngine#compile}; it reports to the collection running on this thread ({@link #collect}).
 */
@Singleton
class ConformanceListener implements DMNRuntimeEventListener {
    static final String RESULT_TYPE = "ERROR_EVAL_NODE_RESULT_WRONG_TYPE";
    static final String PARAMETER_TYPE = "PARAMETER_TYPE_MISMATCH_DS";

    private static final ThreadLocal<List<DmnMessageRecord>> FOUND = new ThreadLocal<>();

    /** Runs engine work and adds every non-conforming value it produced to {@code found}. */
    static <T> T collect(Supplier<T> engineWork, List<DmnMessageRecord> found) {
        List<DmnMessageRecord> outer = FOUND.get();
        FOUND.set(found);
        try {
            return engineWork.get();
        } finally {
            if (outer == null) {
                FOUND.remove();
            } else {
                FOUND.set(outer);
            }
        }
    }

    /** The engine's errors plus the non-conforming values found while running {@code engineWork}. */
    static List<DmnMessageRecord> withFound(List<DmnMessageRecord> engineMessages, List<DmnMessageRecord> found) {
        if (found.isEmpty()) {
            return engineMessages;
        }
        List<DmnMessageRecord> all = new ArrayList<>(engineMessages);
        all.addAll(found);
        return List.copyOf(all);
    }

    @Override
    public void afterEvaluateDecision(AfterEvaluateDecisionEvent event) {
        List<DmnMessageRecord> found = FOUND.get();
        DecisionNode decision = event.getDecision();
        if (found == null || decision.getResultType() == null) {
            return;
        }
        DMNDecisionResult result = event.getResult().getDecisionResultById(decision.getId());
        if (result != null && result.getEvaluationStatus() == DMNDecisionResult.DecisionEvaluationStatus.SUCCEEDED
                && !Conformance.conforms(decision.getResultType(), result.getResult())) {
            found.add(violation(RESULT_TYPE, "the result of decision '" + decision.getName(), decision.getResultType(), decision));
        }
    }

    @Override
    public void beforeEvaluateDecisionService(BeforeEvaluateDecisionServiceEvent event) {
        List<DmnMessageRecord> found = FOUND.get();
        if (found == null || !(event.getDecisionService() instanceof DecisionServiceNodeImpl service)) {
            return;
        }
        DMNContext context = event.getResult().getContext();
        for (Map.Entry<String, DMNNode> parameter : service.getInputParameters().entrySet()) {
            DMNType type = typeOf(parameter.getValue());
            String name = parameter.getKey();
            // A parameter of an imported model sits under its import name; the engine reports a missing one.
            if (type != null && context.isDefined(name) && !Conformance.conforms(type, context.get(name))) {
                found.add(violation(PARAMETER_TYPE, "parameter '" + name + "' of decision service '" + service.getName(),
                        type, service));
            }
        }
    }

    private static DMNType typeOf(DMNNode node) {
        if (node instanceof InputDataNode input) {
            return input.getType();
        }
        return node instanceof DecisionNode decision ? decision.getResultType() : null;
    }

    /** No value is quoted: messages reach logs and problem answers. */
    private static DmnMessageRecord violation(String type, String subject, DMNType declared, DMNNode node) {
        String allowed = declared.getAllowedValues().isEmpty() ? "" : ", allowed: " + declared.getAllowedValues();
        return new DmnMessageRecord("ERROR", type, subject + "' does not conform to its type " + declared.getName() + allowed,
                node.getId());
    }
}
