package org.srtguide.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.srtguide.decision.DeployedModel;
import org.srtguide.decision.ModelRegistry;
import org.srtguide.decision.RuleInfo;

/**
 * Entry point for every audited evaluation: {@link #open} before evaluating, {@link #commit} after;
 * commit returns only once the record is durable, so a caller never sees an unrecorded answer.
 */
@ApplicationScoped
public class AuditTrail {
    private final AuditStore store;
    private final ModelRegistry registry;

    AuditTrail(AuditStore store, ModelRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    public AuditScope open(String endpoint) {
        return new AuditScope(endpoint);
    }

    /** Builds the record from the scope and appends it to this instance's hash chain. */
    public void commit(AuditScope scope, String principal, LocalDate asOf, Object input, Object output) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", scope.id());
        record.put("timestamp", Instant.now().truncatedTo(ChronoUnit.MICROS).toString());
        record.put("principal", principal);
        record.put("endpoint", scope.endpoint());
        record.put("asOf", asOf == null ? null : asOf.toString());
        record.put("models", models(scope.trace()));
        record.put("input", input);
        record.put("output", output);
        record.put("invocations", scope.invocations());
        record.put("tableEvaluations", tables(scope.trace()));
        record.put("ruleMatches", scope.trace().ruleMatches());
        record.put("messages", scope.messages());
        record.put("durationMicros", scope.elapsedMicros());
        store.append(record);
    }

    private List<ModelRef> models(EvaluationTrace trace) {
        List<ModelRef> refs = new ArrayList<>();
        for (String namespace : trace.modelNamespaces()) {
            registry.byNamespace(namespace).ifPresent(m -> refs.add(new ModelRef(m.namespace(), m.name(), m.sha256())));
        }
        refs.sort(java.util.Comparator.comparing(ModelRef::name));
        return refs;
    }

    private List<Map<String, Object>> tables(EvaluationTrace trace) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TableHit hit : trace.tableHits()) {
            Map<String, Object> table = new LinkedHashMap<>();
            table.put("model", hit.modelName());
            table.put("decision", hit.decision());
            table.put("tableId", hit.tableId());
            table.put("matched", ruleRefs(hit.matchedIds(), hit.matched(), false));
            table.put("selected", ruleRefs(hit.selectedIds(), hit.selected(), true));
            out.add(table);
        }
        return out;
    }

    private List<Map<String, Object>> ruleRefs(List<String> ids, List<Integer> indexes, boolean withAnnotations) {
        List<Map<String, Object>> refs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("ruleId", ids.get(i));
            ref.put("ruleIndex", i < indexes.size() ? indexes.get(i) : null);
            if (withAnnotations) {
                ref.put("annotations", registry.rule(ids.get(i)).map(RuleInfo::annotations).orElse(Map.of()));
            }
            refs.add(ref);
        }
        return refs;
    }

    /** The deployed models, for the archive written at start-up. */
    Iterable<DeployedModel> deployedModels() {
        return registry.all();
    }
}
