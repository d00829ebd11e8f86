package org.srtguide.committee;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kie.dmn.backend.marshalling.v1x.DMNMarshallerFactory;
import org.kie.dmn.model.api.DMNElement;
import org.kie.dmn.model.api.DMNModelInstrumentedBase;
import org.kie.dmn.model.api.Decision;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.InputClause;
import org.kie.dmn.model.api.LiteralExpression;
import org.kie.dmn.model.api.OutputClause;
import org.kie.dmn.model.api.RuleAnnotationClause;
import org.srtguide.committee.DiffReport.CellChange;
import org.srtguide.committee.DiffReport.ModelDiff;
import org.srtguide.committee.DiffReport.ParameterChange;
import org.srtguide.committee.DiffReport.RuleChange;
import org.srtguide.committee.DiffReport.RuleSummary;
import org.srtguide.committee.DiffReport.TableDiff;
import org.srtguide.decision.ModelIndex;

/**
 * Compares two versions of a model by content, not by XML text: decision tables by id and rules by
 * rule id (cells by column name), parameter decisions by name. Layout (DMNDI) and formatting are ignored.
 */
final class ModelDiffer {
    private ModelDiffer() {
    }

    static DiffReport diff(CandidateSet candidates) {
        List<ModelDiff> models = new ArrayList<>();
        for (CandidateModel model : candidates.submitted()) {
            models.add(diff(model.name(), model.deployedXml(), model.xml()));
        }
        for (String removed : candidates.removed()) {
            models.add(diff(removed, candidates.base().byName(removed).orElseThrow().xml(), null));
        }
        return new DiffReport(models);
    }

    /** {@code before} null: the model is new; {@code after} null: the model is removed. */
    static ModelDiff diff(String name, String before, String after) {
        Definitions now = after == null ? null : parse(after);
        Definitions old = before == null ? null : parse(before);
        Map<String, Decision> oldDecisions = decisions(old);
        Map<String, Decision> newDecisions = decisions(now);
        List<String> added = newDecisions.keySet().stream().filter(d -> !oldDecisions.containsKey(d)).toList();
        List<String> removed = oldDecisions.keySet().stream().filter(d -> !newDecisions.containsKey(d)).toList();
        List<ParameterChange> parameters = new ArrayList<>();
        for (Map.Entry<String, Decision> entry : newDecisions.entrySet()) {
            Decision was = oldDecisions.get(entry.getKey());
            if (was != null && (entry.getValue().getExpression() instanceof LiteralExpression
                    || was.getExpression() instanceof LiteralExpression)) {
                String textBefore = literal(was), textAfter = literal(entry.getValue());
                if (!Objects.equals(textBefore, textAfter)
                        || !Objects.equals(norm(was.getDescription()), norm(entry.getValue().getDescription()))) {
                    parameters.add(new ParameterChange(entry.getKey(), textBefore, textAfter, norm(was.getDescription()),
                            norm(entry.getValue().getDescription())));
                }
            }
        }
        Map<String, DecisionTable> oldTables = tables(old);
        Map<String, DecisionTable> newTables = tables(now);
        List<TableDiff> tables = new ArrayList<>();
        for (Map.Entry<String, DecisionTable> entry : newTables.entrySet()) {
            DecisionTable was = oldTables.get(entry.getKey());
            TableDiff table = was == null
                    ? new TableDiff(owner(entry.getValue()), entry.getKey(), "ADDED", List.of(), summaries(entry.getValue()),
                            List.of(), List.of())
                    : compare(entry.getKey(), was, entry.getValue());
            if (table != null) {
                tables.add(table);
            }
        }
        for (Map.Entry<String, DecisionTable> entry : oldTables.entrySet()) {
            if (!newTables.containsKey(entry.getKey())) {
                tables.add(new TableDiff(owner(entry.getValue()), entry.getKey(), "REMOVED", List.of(), List.of(),
                        summaries(entry.getValue()), List.of()));
            }
        }
        String status = old == null ? "ADDED" : now == null ? "REMOVED"
                : added.isEmpty() && removed.isEmpty() && parameters.isEmpty() && tables.isEmpty() ? "UNCHANGED" : "CHANGED";
        return new ModelDiff(name, status, added, removed, parameters, tables);
    }

    private static TableDiff compare(String tableId, DecisionTable before, DecisionTable after) {
        List<String> structure = new ArrayList<>();
        if (before.getHitPolicy() != after.getHitPolicy()) {
            structure.add("hit policy " + before.getHitPolicy() + " → " + after.getHitPolicy());
        }
        List<String> oldColumns = columns(before), newColumns = columns(after);
        if (!oldColumns.equals(newColumns)) {
            structure.add("columns " + oldColumns + " → " + newColumns);
        }
        Map<String, RuleSummary> oldRules = rulesById(before), newRules = rulesById(after);
        List<RuleSummary> added = newRules.values().stream().filter(r -> !oldRules.containsKey(r.ruleId())).toList();
        List<RuleSummary> removed = oldRules.values().stream().filter(r -> !newRules.containsKey(r.ruleId())).toList();
        List<RuleChange> changed = new ArrayList<>();
        for (RuleSummary rule : newRules.values()) {
            RuleSummary was = oldRules.get(rule.ruleId());
            if (was != null) {
                List<CellChange> cells = cellChanges(was, rule);
                if (!cells.isEmpty()) {
                    changed.add(new RuleChange(rule.ruleId(), cells));
                }
            }
        }
        if (structure.isEmpty() && added.isEmpty() && removed.isEmpty() && changed.isEmpty()) {
            return null;
        }
        return new TableDiff(owner(after), tableId, "CHANGED", structure, added, removed, changed);
    }

    private static List<CellChange> cellChanges(RuleSummary before, RuleSummary after) {
        List<CellChange> out = new ArrayList<>();
        Map<String, String> old = before.cells(), now = after.cells();
        for (String column : union(old, now)) {
            String a = old.get(column), b = now.get(column);
            if (!Objects.equals(a, b)) {
                int colon = column.indexOf(':');
                out.add(new CellChange(column.substring(colon + 1), column.substring(0, colon), a, b));
            }
        }
        if (before.position() != after.position()) {
            out.add(new CellChange("position", "position", Integer.toString(before.position()), Integer.toString(after.position())));
        }
        return out;
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        return keys;
    }

    private static Map<String, RuleSummary> rulesById(DecisionTable table) {
        Map<String, RuleSummary> out = new LinkedHashMap<>();
        for (RuleSummary rule : summaries(table)) {
            out.put(rule.ruleId(), rule);
        }
        return out;
    }

    /** Cells keyed {@code kind:column} so that an input and an output of the same name stay apart. */
    private static List<RuleSummary> summaries(DecisionTable table) {
        List<String> inputs = table.getInput().stream().map(ModelDiffer::inputName).toList();
        List<String> outputs = table.getOutput().stream().map(o -> outputName(o, table)).toList();
        List<String> annotations = table.getAnnotation().stream().map(RuleAnnotationClause::getName).toList();
        List<RuleSummary> out = new ArrayList<>();
        for (int i = 0; i < table.getRule().size(); i++) {
            DecisionRule rule = table.getRule().get(i);
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < rule.getInputEntry().size(); c++) {
                cells.put("input:" + at(inputs, c), norm(rule.getInputEntry().get(c).getText()));
            }
            for (int c = 0; c < rule.getOutputEntry().size(); c++) {
                cells.put("output:" + at(outputs, c), norm(rule.getOutputEntry().get(c).getText()));
            }
            for (int c = 0; c < rule.getAnnotationEntry().size(); c++) {
                cells.put("annotation:" + at(annotations, c), norm(rule.getAnnotationEntry().get(c).getText()));
            }
            cells.put("description:description", norm(rule.getDescription()));
            out.add(new RuleSummary(rule.getId() == null ? "#" + (i + 1) : rule.getId(), i + 1, cells));
        }
        return out;
    }

    private static String at(List<String> names, int index) {
        return index < names.size() && names.get(index) != null ? names.get(index) : "column " + (index + 1);
    }

    private static List<String> columns(DecisionTable table) {
        List<String> out = new ArrayList<>();
        table.getInput().forEach(i -> out.add("input " + inputName(i)));
        table.getOutput().forEach(o -> out.add("output " + outputName(o, table)));
        table.getAnnotation().forEach(a -> out.add("annotation " + a.getName()));
        return out;
    }

    private static String inputName(InputClause input) {
        if (input.getLabel() != null && !input.getLabel().isBlank()) {
            return input.getLabel();
        }
        return input.getInputExpression() == null ? null : norm(input.getInputExpression().getText());
    }

    private static String outputName(OutputClause output, DecisionTable table) {
        if (output.getName() != null && !output.getName().isBlank()) {
            return output.getName();
        }
        if (output.getLabel() != null && !output.getLabel().isBlank()) {
            return output.getLabel();
        }
        return table.getOutputLabel() != null ? table.getOutputLabel() : owner(table);
    }

    private static Map<String, Decision> decisions(Definitions definitions) {
        Map<String, Decision> out = new LinkedHashMap<>();
        if (definitions != null) {
            definitions.getDrgElement().stream().filter(Decision.class::isInstance).map(Decision.class::cast)
                    .forEach(d -> out.put(d.getName(), d));
        }
        return out;
    }

    private static Map<String, DecisionTable> tables(Definitions definitions) {
        Map<String, DecisionTable> out = new LinkedHashMap<>();
        if (definitions != null) {
            int ordinal = 0;
            for (DecisionTable table : definitions.findAllChildren(DecisionTable.class)) {
                ordinal++;
                out.put(table.getId() != null ? table.getId() : owner(table) + "#" + ordinal, table);
            }
        }
        return out;
    }

    private static String literal(Decision decision) {
        return decision.getExpression() instanceof LiteralExpression literal ? norm(literal.getText())
                : decision.getExpression() == null ? null : "(" + decision.getExpression().getClass().getSimpleName() + ")";
    }

    /** The owning decision's name, or the element's id where nothing names it (the diff must say something). */
    static String owner(DMNModelInstrumentedBase element) {
        String name = ModelIndex.ownerName(element);
        return name != null ? name : element instanceof DMNElement e ? e.getId() : null;
    }

    /** Whitespace is not meaning: line breaks and indentation the editor adds are not changes. */
    static String norm(String text) {
        return text == null ? null : text.strip().replaceAll("\\s+", " ");
    }

    static Definitions parse(String xml) {
        Definitions definitions = DMNMarshallerFactory.newDefaultMarshaller().unmarshal(new StringReader(xml));
        if (definitions == null) {
            throw new IllegalArgumentException("unreadable DMN");
        }
        return definitions;
    }
}
