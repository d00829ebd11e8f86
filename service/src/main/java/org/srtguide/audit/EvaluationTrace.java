package org.srtguide.audit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.kie.dmn.api.core.ast.DMNNode;

/**
 * What one evaluation did, collected by the engine listeners on the request thread. Listener
 * callbacks only append here; everything else happens after the evaluation.
 */
public final class EvaluationTrace {
    private static final ThreadLocal<EvaluationTrace> CURRENT = new ThreadLocal<>();

    private final List<TableHit> tableHits = new ArrayList<>();
    private final List<RuleMatch> ruleMatches = new ArrayList<>();
    private final Set<String> modelNamespaces = new LinkedHashSet<>();
    private final Deque<DMNNode> nodes = new ArrayDeque<>();

    /** Starts collecting on this thread; the returned trace must be {@link #close() closed}. */
    public static EvaluationTrace begin() {
        EvaluationTrace trace = new EvaluationTrace();
        CURRENT.set(trace);
        return trace;
    }

    static EvaluationTrace current() {
        return CURRENT.get();
    }

    public void close() {
        if (CURRENT.get() == this) {
            CURRENT.remove();
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

    public List<TableHit> tableHits() {
        return List.copyOf(tableHits);
    }

    public List<RuleMatch> ruleMatches() {
        return List.copyOf(ruleMatches);
    }

    /** Namespaces of every model that took part, the entry model first. */
    public Set<String> modelNamespaces() {
        return Set.copyOf(modelNamespaces);
    }
}
