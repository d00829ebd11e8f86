package org.srtguide.decision;

import jakarta.inject.Singleton;

import org.kie.dmn.api.core.event.AfterEvaluateBKMEvent;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionEvent;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionTableEvent;
import org.kie.dmn.api.core.event.BeforeEvaluateAllEvent;
import org.kie.dmn.api.core.event.BeforeEvaluateBKMEvent;
import org.kie.dmn.api.core.event.BeforeEvaluateDecisionEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;

/**
 * Registered with Kogito through CDI; appends to the trace collecting on this thread ({@link EvaluationTrace#collect}).
 * A singleton, not application-scoped: the engine calls it several times per decision, and a client proxy
 * looked the instance up on every call.
 */
@Singleton
class DecisionTraceListener implements DMNRuntimeEventListener {

    @Override
    public void beforeEvaluateAll(BeforeEvaluateAllEvent event) {
        EvaluationTrace.onCurrent(trace -> trace.modelEvaluated(event.getModelNamespace()));
    }

    @Override
    public void beforeEvaluateDecision(BeforeEvaluateDecisionEvent event) {
        EvaluationTrace.onCurrent(trace -> trace.enter(event.getDecision()));
    }

    @Override
    public void afterEvaluateDecision(AfterEvaluateDecisionEvent event) {
        EvaluationTrace.onCurrent(EvaluationTrace::leave);
    }

    @Override
    public void beforeEvaluateBKM(BeforeEvaluateBKMEvent event) {
        EvaluationTrace.onCurrent(trace -> trace.enter(event.getBusinessKnowledgeModel()));
    }

    @Override
    public void afterEvaluateBKM(AfterEvaluateBKMEvent event) {
        EvaluationTrace.onCurrent(EvaluationTrace::leave);
    }

    @Override
    public void afterEvaluateDecisionTable(AfterEvaluateDecisionTableEvent event) {
        EvaluationTrace.onCurrent(trace -> trace.table(event.getNodeName(), event.getDecisionTableId(),
                event.getMatchesIds(), event.getMatches(), event.getSelectedIds(), event.getSelected()));
    }
}
