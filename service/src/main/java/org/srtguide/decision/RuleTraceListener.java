package org.srtguide.decision;

import jakarta.enterprise.context.ApplicationScoped;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Registered with Kogito through CDI; records each Drools rule firing in the trace collecting on this thread. */
@ApplicationScoped
class RuleTraceListener extends DefaultAgendaEventListener {

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        EvaluationTrace.onCurrent(trace -> trace.rule(event.getMatch().getRule().getPackageName(),
                event.getMatch().getRule().getName()));
    }
}
