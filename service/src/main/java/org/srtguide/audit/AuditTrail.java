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
import org.srtguide.decision.ModelSet;
import org.srtguide.decision.TableHit;
import org.srtguide.decision.VersionedModels;

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
        List<TableHit> hits = scope.trace().tableHits();
        VersionedModels version = scope.trace().models();
        // The output goes in as the bytes the caller gets; redaction needs it as an object to walk.
        AuditRecord record = new AuditRecord(scope.id(), Instant.now().truncatedTo(ChronoUnit.MICROS).toString(),
                principal, scope.endpoint(), asOf == null ? null : asOf.toString(), models(scope.trace()), input,
                redactor.isActive() ? output : RecordJson.verbatim(body), scope.trace().invocations(), tables(hits),
                rules(scope.trace(), hits), scope.trace().ruleMatches(), scope.trace().messages(), scope.elapsedMicros(), null,
                version == null ? null : version.version(), version == null ? null : version.proposalId());
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

    /** The record with the configured fields masked in its payload (as JSON trees) and their paths listed. */
    private AuditRecord redacted(AuditRecord record) {
        Map<String, Object> tree = RecordJson.tree(record);
        List<String> paths = redactor.redact(tree);
        AuditRecord masked = RecordJson.mapper().convertValue(tree, AuditRecord.class);
        return paths.isEmpty() ? masked : masked.withRedactions(paths);
    }

    /** Every model the evaluation used, with the models they import (a replay needs them all). */
    private List<ModelRef> models(EvaluationTrace trace) {
        ModelSet set = modelsOf(trace);
        Map<String, DeployedModel> used = new LinkedHashMap<>();
        for (String namespace : trace.modelNamespaces()) {
            for (DeployedModel m : set.withImports(namespace)) {
                used.putIfAbsent(m.namespace(), m);
            }
        }
        List<ModelRef> refs = new ArrayList<>();
        used.values().forEach(m -> refs.add(new ModelRef(m.namespace(), m.name(), m.sha256())));
        refs.sort(Comparator.comparing(ModelRef::name));
        return refs;
    }

    /** The version the evaluation ran on; the deployed models for an evaluation that named none. */
    private ModelSet modelsOf(EvaluationTrace trace) {
        return trace.models() != null ? trace.models() : registry;
    }

    private static List<AuditRecord.TableEvaluation> tables(List<TableHit> hits) {
        List<AuditRecord.TableEvaluation> out = new ArrayList<>(hits.size());
        for (TableHit hit : hits) {
            out.add(new AuditRecord.TableEvaluation(hit.modelName(), hit.decision(), hit.tableId(),
                    ruleRefs(hit.matchedIds(), hit.matched()), ruleRefs(hit.selectedIds(), hit.selected())));
        }
        return out;
    }

    /** Rule id and 1-based index, as the engine reported them. */
    private static List<AuditRecord.RuleRef> ruleRefs(List<String> ids, List<Integer> indexes) {
        List<AuditRecord.RuleRef> refs = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            refs.add(new AuditRecord.RuleRef(ids.get(i), i < indexes.size() ? indexes.get(i) : null));
        }
        return refs;
    }

    /**
     * Every matched or selected rule once, by id: where it is. Its annotations are not copied: they are in
     * the archived model the record names by SHA-256 (a third of a record's size, bench/RESULTS.md).
     */
    private Map<String, AuditRecord.RuleEntry> rules(EvaluationTrace trace, List<TableHit> hits) {
        ModelSet set = modelsOf(trace);
        Map<String, AuditRecord.RuleEntry> rules = new TreeMap<>();
        for (TableHit hit : hits) {
            for (List<String> ids : List.of(hit.matchedIds(), hit.selectedIds())) {
                for (String id : ids) {
                    if (!rules.containsKey(id)) {
                        set.rule(id).ifPresent(rule -> rules.put(id, new AuditRecord.RuleEntry(rule.modelName(), rule.decision())));
                    }
                }
            }
        }
        return rules;
    }
}
