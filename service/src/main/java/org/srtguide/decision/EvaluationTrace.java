package org.srtguide.decision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.kie.dmn.api.core.ast.DMNNode;

/**
 * What one evaluation did: the decision tables and rules the engines selected, the models that took
 * part, and each model call with its context, results and messages. The rationale is built from it,
 * and the audit record stores it. The engine listeners are application-wide, so they find the trace
 * through the thread, and only while {@link #collect} runs engine work; listener callbacks only append.
 */
public final class EvaluationTrace {
    private static final ThreadLocal<EvaluationTrace> CURRENT = new ThreadLocal<>();

    private final List<TableHit> tableHits = new ArrayList<>();
    private final List<RuleMatch> ruleMatches = new ArrayList<>();
    private final Set<String> modelNamespaces = new LinkedHashSet<>();
    private final Deque<DMNNode> nodes = new ArrayDeque<>();
    private final List<ModelInvocation> invocations = new ArrayList<>();
    private final List<DmnMessageRecord> messages = new ArrayList<>();
    private VersionedModels models;

    /** Runs engine work (a rule unit, a DMN call) with the listeners on this thread appending here. */
    public <T> T collect(Supplier<T> engineWork) {
        EvaluationTrace outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return engineWork.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** For the listeners: appends to the trace collecting on this thread, if any (outside {@link #collect}, none). */
    static void onCurrent(Consumer<EvaluationTrace> append) {
        EvaluationTrace trace = CURRENT.get();
        if (trace != null) {
            append.accept(trace);
        }
    }

    void enter(DMNNode node) {
        nodes.push(node);
        modelNamespaces.add(node.getModelNamespace());
    }

    void leave() {
        if (!nodes.isEmpty()) {
            nodes.pop();
        }
    }

    void modelEvaluated(String namespace) {
        modelNamespaces.add(namespace);
    }

    void table(String decision, String tableId, List<String> matchedIds, List<Integer> matched,
            List<String> selectedIds, List<Integer> selected) {
        DMNNode owner = nodes.peek();
        tableHits.add(new TableHit(owner == null ? null : owner.getModelNamespace(),
                owner == null ? null : owner.getModelName(), decision, tableId,
                List.copyOf(matchedIds), List.copyOf(matched), List.copyOf(selectedIds), List.copyOf(selected)));
    }

    void rule(String rulePackage, String rule) {
        ruleMatches.add(new RuleMatch(rulePackage, rule));
    }

    /** A model call that decided: the exact context it was given, so a replay can re-run it, and its messages. */
    void invocation(ModelInvocation invocation, List<DmnMessageRecord> found) {
        invocations.add(invocation);
        messages.addAll(found);
    }

    /** The model version this evaluation runs on (the audit record names it); set once, before evaluating. */
    public void evaluateOn(VersionedModels version) {
        this.models = version;
    }

    /** The version set by {@link #evaluateOn}, or null (an evaluation of no versioned models). */
    public VersionedModels models() {
        return models;
    }

    public List<TableHit> tableHits() {
        return List.copyOf(tableHits);
    }

    public List<RuleMatch> ruleMatches() {
        return List.copyOf(ruleMatches);
    }

    /** Namespaces of every model that took part. */
    public Set<String> modelNamespaces() {
        return Set.copyOf(modelNamespaces);
    }

    public List<ModelInvocation> invocations() {
        return List.copyOf(invocations);
    }

    /** The DMN messages of the model calls (info and warnings; a call with errors does not decide). */
    public List<DmnMessageRecord> messages() {
        return List.copyOf(messages);
    }
}
