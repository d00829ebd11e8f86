package org.srtguide.audit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.srtguide.audit.Explanation.DecisionStep;
import org.srtguide.audit.Explanation.InvocationResult;
import org.srtguide.audit.Explanation.ModelExplanation;
import org.srtguide.audit.Explanation.RuleRow;
import org.srtguide.audit.Explanation.TableExplanation;
import org.srtguide.audit.AuditRecord.RuleRef;
import org.srtguide.audit.AuditRecord.TableEvaluation;
import org.srtguide.decision.ModelIndex;
import org.srtguide.decision.ModelInvocation;
import org.srtguide.decision.TableLayout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Builds the {@link Explanation} of a stored record: the record's own fields, and for every decision
 * table it evaluated the table as archived (columns, rules with cells and source) with the rules that
 * matched and were selected flagged. Tables come from the archived XML of exactly the versions named
 * in the record; a version's tables are read once and kept, as an archived version never changes.
 */
final class Explainer {
    private final Function<String, Optional<String>> archivedXml;
    private final VersionApprovals approvals;
    private final ObjectMapper mapper;
    private final Map<String, Map<String, TableLayout>> tablesBySha = new ConcurrentHashMap<>();

    /** {@code archivedXml}: the archived XML of a model version by SHA-256 ({@link ModelArchive#xml}). */
    Explainer(Function<String, Optional<String>> archivedXml, VersionApprovals approvals, ObjectMapper mapper) {
        this.archivedXml = archivedXml;
        this.approvals = approvals;
        this.mapper = mapper;
    }

    /** {@code chain}: the record's writer chain verified from sequence 1 up to the record, or null (not checked). */
    Explanation explain(StoredRecord stored, ChainVerifier.ChainReport chain) {
        AuditRecord record = RecordJson.record(stored.recordJson());
        JsonNode features = record.invocations().isEmpty() ? null : json(record.invocations().get(0).context());
        return new Explanation(record.id(), record.timestamp(), record.principal(), record.endpoint(), record.asOf(),
                record.durationMicros(), json(record.input()),
                record.redactions() == null ? List.of() : record.redactions(),
                new Explanation.PsaAnalysis(record.ruleMatches(), features), models(record), record.messages(),
                json(record.output()), chain(stored, chain), version(record));
    }

    private Explanation.ModelVersion version(AuditRecord record) {
        if (record.modelVersion() == null) {
            return null;
        }
        int version = record.modelVersion();
        return new Explanation.ModelVersion(version, record.proposalId(),
                version == 0 ? null : approvals.of(version).orElse(null));
    }

    private static Explanation.Chain chain(StoredRecord stored, ChainVerifier.ChainReport check) {
        if (check == null) {
            return new Explanation.Chain(stored.writerId(), stored.sequence(), stored.previousHash(), stored.hash(), null,
                    null, null, null);
        }
        return new Explanation.Chain(stored.writerId(), stored.sequence(), stored.previousHash(), stored.hash(),
                check.valid(), check.records(), check.firstBrokenSequence(), check.reason());
    }

    /** Payloads as JSON trees, as stored (redacted values included). */
    private JsonNode json(Object value) {
        return value == null ? null : mapper.valueToTree(value);
    }

    /** Models in the order their first table was evaluated; models with no table evaluation last. */
    private List<ModelExplanation> models(AuditRecord record) {
        Map<String, ModelRef> byName = new LinkedHashMap<>();
        record.tableEvaluations().stream().map(TableEvaluation::model).forEach(name -> record.models().stream()
                .filter(m -> m.name().equals(name)).findFirst().ifPresent(m -> byName.putIfAbsent(name, m)));
        record.models().forEach(m -> byName.putIfAbsent(m.name(), m));
        List<ModelExplanation> out = new ArrayList<>();
        for (ModelRef model : byName.values()) {
            Optional<Map<String, TableLayout>> tables = tables(model.sha256());
            List<InvocationResult> invocations = new ArrayList<>();
            for (int i = 0; i < record.invocations().size(); i++) {
                ModelInvocation call = record.invocations().get(i);
                if (model.name().equals(call.modelName())) {
                    invocations.add(new InvocationResult(i, call.decisionService(), json(call.results())));
                }
            }
            List<DecisionStep> steps = new ArrayList<>();
            for (int i = 0; i < record.tableEvaluations().size(); i++) {
                TableEvaluation evaluation = record.tableEvaluations().get(i);
                if (model.name().equals(evaluation.model())) {
                    steps.add(step(i + 1, evaluation, tables.map(t -> t.get(evaluation.tableId())).orElse(null), record));
                }
            }
            out.add(new ModelExplanation(model.name(), model.namespace(), model.sha256(), tables.isPresent(), invocations,
                    steps));
        }
        return out;
    }

    private DecisionStep step(int step, TableEvaluation evaluation, TableLayout layout, AuditRecord record) {
        ValueAt value = find(record, evaluation.decision());
        return new DecisionStep(step, evaluation.decision(), evaluation.tableId(), value == null ? null : value.value(),
                value == null ? null : value.path(), layout == null ? null : table(layout, evaluation, record));
    }

    private static TableExplanation table(TableLayout layout, TableEvaluation evaluation, AuditRecord record) {
        Set<String> matched = evaluation.matched().stream().map(RuleRef::ruleId).collect(Collectors.toSet());
        Set<String> selected = evaluation.selected().stream().map(RuleRef::ruleId).collect(Collectors.toSet());
        List<RuleRow> rows = layout.rules().stream().map(r -> new RuleRow(r.id(), r.index(), r.description(),
                r.inputEntries(), r.outputEntries(), r.annotations(), r.annotations().get("source"),
                matched.contains(r.id()), selected.contains(r.id()))).toList();
        return new TableExplanation(layout.hitPolicy(), layout.aggregation(), layout.inputs(), layout.outputs(),
                layout.annotations(), rows);
    }

    private Optional<Map<String, TableLayout>> tables(String sha256) {
        Map<String, TableLayout> known = tablesBySha.get(sha256);
        if (known != null) {
            return Optional.of(known);
        }
        return archivedXml.apply(sha256).map(xml -> {
            Map<String, TableLayout> byId = new LinkedHashMap<>();
            ModelIndex.tables(xml).forEach(t -> byId.put(t.tableId(), t));
            tablesBySha.put(sha256, byId);
            return byId;
        });
    }

    private record ValueAt(String path, JsonNode value) {
    }

    /** The first recorded result named after the decision, depth first through each invocation's results. */
    private ValueAt find(AuditRecord record, String decision) {
        for (int i = 0; i < record.invocations().size(); i++) {
            ValueAt found = find(json(record.invocations().get(i).results()), "invocations[" + i + "].results", decision);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static ValueAt find(JsonNode node, String path, String name) {
        if (node == null || !node.isObject()) {
            return null;
        }
        if (node.has(name)) {
            return new ValueAt(path + "." + name, node.get(name));
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            ValueAt found = find(field.getValue(), path + "." + field.getKey(), name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
