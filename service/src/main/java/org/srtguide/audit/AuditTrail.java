package org.srtguide.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.srtguide.decision.DeployedModel;
import org.srtguide.decision.EvaluationTrace;
import org.srtguide.decision.ModelRegistry;
import org.srtguide.decision.TableHit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The audit record of an evaluation: {@link #open} before evaluating, {@link #commit} after; commit
 * returns only once the record is durable, so a caller never sees an unrecorded answer. Endpoints go
 * through {@link AuditedCall}, which keeps that order.
 */
@ApplicationScoped
public class AuditTrail {
    private static final Logger LOG = Logger.getLogger(AuditTrail.class);

    private final AuditStore store;
    private final ModelRegistry registry;
    private final boolean enabled;
    private final Redactor redactor;
    private final InProgress inProgress;
    private final ObjectMapper mapper;

    AuditTrail(AuditStore store, ModelRegistry registry, InProgress inProgress, ObjectMapper mapper, AuditConfig config) {
        this.store = store;
        this.mapper = mapper;
        this.registry = registry;
        this.inProgress = inProgress;
        this.enabled = config.enabled();
        this.redactor = new Redactor(config.redact().orElse(List.of()));
        if (!enabled) {
            LOG.warn("AUDIT TRAIL DISABLED (srt.audit.enabled=false): for benchmarking only, never in production");
        }
    }

    AuditScope open(String endpoint) {
        inProgress.begin();
        return new AuditScope(endpoint, inProgress::end);
    }

    /**
     * Builds the record from the scope and appends it to this instance's hash chain.
     *
     * @return the response body: the output serialised once, by the application's JSON mapper (as
     *         RESTEasy would have), and stored in the record byte for byte, so the record holds exactly
     *         what the caller received (and the answer is not serialised twice: bench/RESULTS.md)
     */
    byte[] commit(AuditScope scope, String principal, LocalDate asOf, Object input, Object output) {
        scope.markCommitted();
        byte[] body = serialise(output);
        if (!enabled) {
            return body;
        }
        // Sorted maps throughout: the canonical form orders keys, and Jackson copies any other map
        // into a sorted one first (15 % of the serialisation in the profile, bench/RESULTS.md).
        Map<String, Object> record = new TreeMap<>();
        record.put("id", scope.id());
        record.put("timestamp", Instant.now().truncatedTo(ChronoUnit.MICROS).toString());
        record.put("principal", principal);
        record.put("endpoint", scope.endpoint());
        record.put("asOf", asOf == null ? null : asOf.toString());
        record.put("models", models(scope.trace()));
        record.put("input", input);
        // Redaction works on the tree, so it gets the output as an object; the caller still gets it whole.
        record.put("output", redactor.isActive() ? output : CanonicalJson.verbatim(body));
        record.put("invocations", scope.trace().invocations());
        List<TableHit> hits = scope.trace().tableHits();
        record.put("tableEvaluations", tables(hits));
        record.put("rules", rules(hits));
        record.put("ruleMatches", scope.trace().ruleMatches());
        record.put("messages", scope.trace().messages());
        record.put("durationMicros", scope.elapsedMicros());
        // Serialised here, on the request thread, so the single writer thread only numbers and hashes.
        PendingRecord pending = PendingRecord.of(redactor.isActive() ? redacted(record) : record);
        scope.handOver();
        store.append(pending);
        return body;
    }

    private byte[] serialise(Object output) {
        try {
            return mapper.writeValueAsBytes(output);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response cannot be serialised", e);
        }
    }

    private Map<String, Object> redacted(Map<String, Object> record) {
        Map<String, Object> tree = CanonicalJson.tree(record);
        List<String> paths = redactor.redact(tree);
        if (!paths.isEmpty()) {
            tree.put("redactions", paths);
        }
        return tree;
    }

    /** Every model the evaluation used, with the models they import (a replay needs them all). */
    private List<ModelRef> models(EvaluationTrace trace) {
        Map<String, DeployedModel> used = new LinkedHashMap<>();
        for (String namespace : trace.modelNamespaces()) {
            for (DeployedModel m : registry.withImports(namespace)) {
                used.putIfAbsent(m.namespace(), m);
            }
        }
        List<ModelRef> refs = new ArrayList<>();
        used.values().forEach(m -> refs.add(new ModelRef(m.namespace(), m.name(), m.sha256())));
        refs.sort(Comparator.comparing(ModelRef::name));
        return refs;
    }

    private static List<Map<String, Object>> tables(List<TableHit> hits) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TableHit hit : hits) {
            Map<String, Object> table = new TreeMap<>();
            table.put("model", hit.modelName());
            table.put("decision", hit.decision());
            table.put("tableId", hit.tableId());
            table.put("matched", ruleRefs(hit.matchedIds(), hit.matched()));
            table.put("selected", ruleRefs(hit.selectedIds(), hit.selected()));
            out.add(table);
        }
        return out;
    }

    /** Rule id and 1-based index, as the engine reported them. */
    private static List<Map<String, Object>> ruleRefs(List<String> ids, List<Integer> indexes) {
        List<Map<String, Object>> refs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Map<String, Object> ref = new TreeMap<>();
            ref.put("ruleId", ids.get(i));
            ref.put("ruleIndex", i < indexes.size() ? indexes.get(i) : null);
            refs.add(ref);
        }
        return refs;
    }

    /**
     * Every matched or selected rule once, by id: where it is and the committee's annotations
     * (rationale, source) as deployed. Kept apart from the tables so no annotation is stored twice.
     */
    private Map<String, Object> rules(List<TableHit> hits) {
        Map<String, Object> rules = new TreeMap<>();
        for (TableHit hit : hits) {
            for (List<String> ids : List.of(hit.matchedIds(), hit.selectedIds())) {
                for (String id : ids) {
                    if (!rules.containsKey(id)) {
                        registry.rule(id).ifPresent(rule -> {
                            Map<String, Object> info = new TreeMap<>();
                            info.put("model", rule.modelName());
                            info.put("decision", rule.decision());
                            info.put("annotations", rule.annotations());
                            rules.put(id, info);
                        });
                    }
                }
            }
        }
        return rules;
    }
}
