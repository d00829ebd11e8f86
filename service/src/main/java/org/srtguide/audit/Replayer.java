package org.srtguide.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.dmn.api.core.DMNRuntime;
import org.kie.kogito.dmn.DmnDecisionModel;
import org.srtguide.audit.ReplayComparison.Difference;
import org.srtguide.decision.DmnEngine;
import org.srtguide.decision.EvaluationTrace;
import org.srtguide.decision.ModelInvocation;
import org.srtguide.decision.TableHit;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Re-evaluates a stored record: compiles the archived XML of exactly the model versions it names
 * (imports included) with kie-dmn-core, feeds each recorded invocation's context back, and compares
 * the decision results and the rules each decision table selected with what was recorded.
 */
final class Replayer {
    private final ModelArchive archive;
    private final DmnEngine engine;

    /** {@code jsonForm} must turn engine results into JSON form the way the evaluator did. */
    Replayer(ModelArchive archive, ObjectMapper jsonForm) {
        this.archive = archive;
        this.engine = new DmnEngine(jsonForm);
    }

    record Report(String id, boolean identical, List<Difference> differences, List<ModelRef> models) {
    }

    Report replay(AuditRecord record) {
        List<String> redactions = record.redactions() == null ? List.of() : record.redactions();
        if (Redactor.blocksReplay(redactions)) {
            throw new NotReplayableException("Record " + record.id() + " was stored with redacted model inputs or"
                    + " results (" + String.join(", ", redactions) + "); a redacted record cannot be replayed.");
        }
        if (record.invocations().isEmpty()) {
            throw new NotReplayableException("Record " + record.id() + " holds no model invocation to replay.");
        }
        DMNRuntime runtime = compile(record.models());
        EvaluationTrace trace = new EvaluationTrace();
        List<Difference> differences = new ArrayList<>();
        for (int i = 0; i < record.invocations().size(); i++) {
            ModelInvocation invocation = record.invocations().get(i);
            Object replayed = trace.collect(() -> evaluate(runtime, record.models(), invocation));
            Map<String, Object> recorded = invocation.results() == null ? Map.of() : invocation.results();
            differences.addAll(ReplayComparison.compare("invocations[" + i + "].results", RecordJson.tree(recorded), replayed));
        }
        List<Map<String, Object>> tables = new ArrayList<>();
        for (TableHit hit : trace.tableHits()) {
            tables.add(selected(hit.tableId(), hit.selectedIds()));
        }
        differences.addAll(ReplayComparison.compare("tableEvaluations", selectedRules(record), tables));
        return new Report(record.id(), differences.isEmpty(), differences, record.models());
    }

    private DMNRuntime compile(List<ModelRef> models) {
        List<DmnEngine.Source> sources = new ArrayList<>();
        for (ModelRef model : models) {
            String xml = archive.xml(model.sha256()).orElseThrow(() -> new NotReplayableException(
                    "Model " + model.name() + " version " + model.sha256() + " is not in the model archive."));
            sources.add(new DmnEngine.Source(model.name(), xml));
        }
        try {
            return DmnEngine.compile(sources);
        } catch (DmnEngine.CompileException e) {
            throw new NotReplayableException("The archived models do not compile: " + e.getMessage());
        }
    }

    private Object evaluate(DMNRuntime runtime, List<ModelRef> models, ModelInvocation invocation) {
        String name = invocation.modelName();
        String service = invocation.decisionService();
        Map<String, Object> inputs = invocation.context() == null ? Map.of() : invocation.context();
        String namespace = models.stream().filter(m -> name.equals(m.name())).map(ModelRef::namespace)
                .findFirst().orElseThrow(() -> new NotReplayableException("Model " + name + " is not among the record's models."));
        DmnDecisionModel model = new DmnDecisionModel(runtime, namespace, name);
        if (service != null && model.getDMNModel().getDecisionServices().stream().noneMatch(ds -> ds.getName().equals(service))) {
            throw new NotReplayableException("Model " + name + " has no decision service " + service + ".");
        }
        DmnEngine.Result result = engine.evaluate(model, service, inputs);
        Map<String, Object> out = new LinkedHashMap<>(result.outputs());
        // The evaluator fails a case on errors and warnings, so a recorded result had neither.
        List<String> problems = result.failures().stream().map(m -> m.severity() + ": " + m.text()).toList();
        if (!problems.isEmpty()) {
            out.put("$messages", problems);
        }
        return RecordJson.tree(out);
    }

    /** The recorded table evaluations reduced to what a replay observes: table id and selected rule ids. */
    private static List<Map<String, Object>> selectedRules(AuditRecord record) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AuditRecord.TableEvaluation table : record.tableEvaluations()) {
            out.add(selected(table.tableId(), table.selected().stream().map(AuditRecord.RuleRef::ruleId).toList()));
        }
        return out;
    }

    private static Map<String, Object> selected(Object tableId, List<?> ruleIds) {
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("tableId", tableId);
        table.put("selected", List.copyOf(ruleIds));
        return table;
    }
}
