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

    record Report(String id, boolean identical, List<Difference> differences, List<Map<String, Object>> models) {
    }

    @SuppressWarnings("unchecked")
    Report replay(Map<String, Object> record) {
        List<String> redactions = (List<String>) record.getOrDefault("redactions", List.of());
        if (Redactor.blocksReplay(redactions)) {
            throw new NotReplayableException("Record " + record.get("id") + " was stored with redacted model inputs or"
                    + " results (" + String.join(", ", redactions) + "); a redacted record cannot be replayed.");
        }
        List<Map<String, Object>> models = (List<Map<String, Object>>) record.getOrDefault("models", List.of());
        List<Map<String, Object>> invocations = (List<Map<String, Object>>) record.getOrDefault("invocations", List.of());
        if (invocations.isEmpty()) {
            throw new NotReplayableException("Record " + record.get("id") + " holds no model invocation to replay.");
        }
        DMNRuntime runtime = compile(models);
        EvaluationTrace trace = new EvaluationTrace();
        List<Difference> differences = new ArrayList<>();
        for (int i = 0; i < invocations.size(); i++) {
            Map<String, Object> invocation = invocations.get(i);
            Object replayed = trace.collect(() -> evaluate(runtime, models, invocation));
            differences.addAll(ReplayComparison.compare("invocations[" + i + "].results",
                    CanonicalJson.tree(Map.of("r", invocation.getOrDefault("results", Map.of()))).get("r"), replayed));
        }
        List<Map<String, Object>> tables = new ArrayList<>();
        for (TableHit hit : trace.tableHits()) {
            tables.add(selected(hit.tableId(), hit.selectedIds()));
        }
        differences.addAll(ReplayComparison.compare("tableEvaluations", selectedRules(record), tables));
        return new Report((String) record.get("id"), differences.isEmpty(), differences, models);
    }

    private DMNRuntime compile(List<Map<String, Object>> models) {
        List<DmnEngine.Source> sources = new ArrayList<>();
        for (Map<String, Object> model : models) {
            String sha = (String) model.get("sha256");
            String xml = archive.xml(sha).orElseThrow(() -> new NotReplayableException(
                    "Model " + model.get("name") + " version " + sha + " is not in the model archive."));
            sources.add(new DmnEngine.Source((String) model.get("name"), xml));
        }
        try {
            return DmnEngine.compile(sources);
        } catch (DmnEngine.CompileException e) {
            throw new NotReplayableException("The archived models do not compile: " + e.getMessage());
        }
    }

    private Object evaluate(DMNRuntime runtime, List<Map<String, Object>> models, Map<String, Object> invocation) {
        String name = (String) invocation.get("modelName");
        String service = (String) invocation.get("decisionService");
        @SuppressWarnings("unchecked")
        Map<String, Object> inputs = (Map<String, Object>) invocation.getOrDefault("context", Map.of());
        String namespace = models.stream().filter(m -> name.equals(m.get("name"))).map(m -> (String) m.get("namespace"))
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
        return CanonicalJson.tree(out);
    }

    /** The recorded table evaluations reduced to what a replay observes: table id and selected rule ids. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> selectedRules(Map<String, Object> record) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> table : (List<Map<String, Object>>) record.getOrDefault("tableEvaluations", List.of())) {
            out.add(selected(table.get("tableId"), ((List<Map<String, Object>>) table.getOrDefault("selected", List.of()))
                    .stream().map(r -> r.get("ruleId")).toList()));
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
