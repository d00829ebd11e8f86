package org.srtguide.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.ast.DecisionServiceNode;
import org.kie.dmn.api.core.ast.InputDataNode;
import org.kie.dmn.backend.marshalling.v1x.DMNMarshallerFactory;
import org.kie.dmn.model.api.DMNElementReference;
import org.kie.dmn.model.api.DMNModelInstrumentedBase;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.InputClause;
import org.kie.dmn.model.api.LiteralExpression;
import org.kie.dmn.model.api.OutputClause;
import org.kie.dmn.model.api.UnaryTests;
import org.kie.dmn.model.api.NamedElement;
import org.kie.dmn.model.api.RuleAnnotationClause;
import org.kie.kogito.decision.DecisionModel;

/** What a DMN model holds, read from its definitions: the one place that walks a model's structure. */
public final class ModelIndex {
    private ModelIndex() {
    }

    /** A compiled model with its XML, rule index and own decision services (deployed or candidate). */
    public static DeployedModel describe(String name, String xml, DecisionModel model) {
        String namespace = ModelRegistry.namespaceOf(name);
        return new DeployedModel(name, namespace, Sha256.hex(xml), xml, model, rules(name, model.getDMNModel()),
                model.getDMNModel().getDecisionServices().stream()
                        // the compiled model also lists the services of the models it imports
                        .filter(ds -> namespace.equals(ds.getModelNamespace()))
                        .map(DecisionServiceNode::getName).toList());
    }

    /** Every decision-table rule of the model's own tables (BKMs included), by rule id. */
    static Map<String, RuleInfo> rules(String modelName, DMNModel model) {
        Map<String, RuleInfo> index = new LinkedHashMap<>();
        for (DecisionTable table : model.getDefinitions().findAllChildren(DecisionTable.class)) {
            List<String> columns = table.getAnnotation().stream().map(RuleAnnotationClause::getName).toList();
            String owner = ownerName(table);
            for (int i = 0; i < table.getRule().size(); i++) {
                DecisionRule rule = table.getRule().get(i);
                Map<String, String> annotations = new LinkedHashMap<>();
                for (int c = 0; c < columns.size() && c < rule.getAnnotationEntry().size(); c++) {
                    annotations.put(columns.get(c), rule.getAnnotationEntry().get(c).getText());
                }
                index.put(rule.getId(), new RuleInfo(modelName, owner, table.getId(), rule.getId(), i + 1,
                        rule.getDescription(), annotations));
            }
        }
        return index;
    }

    /**
     * Every decision table of a model's XML with its columns and rules, in document order: read from
     * the XML alone (no compilation), so an archived version explains itself whatever is deployed now.
     */
    public static List<TableLayout> tables(String xml) {
        Definitions definitions = DMNMarshallerFactory.newDefaultMarshaller().unmarshal(xml);
        List<TableLayout> tables = new ArrayList<>();
        for (DecisionTable table : definitions.findAllChildren(DecisionTable.class)) {
            List<String> annotationNames = table.getAnnotation().stream().map(RuleAnnotationClause::getName).toList();
            List<TableLayout.Rule> rules = new ArrayList<>();
            for (int i = 0; i < table.getRule().size(); i++) {
                DecisionRule rule = table.getRule().get(i);
                Map<String, String> annotations = new LinkedHashMap<>();
                for (int c = 0; c < annotationNames.size() && c < rule.getAnnotationEntry().size(); c++) {
                    annotations.put(annotationNames.get(c), rule.getAnnotationEntry().get(c).getText());
                }
                rules.add(new TableLayout.Rule(rule.getId(), i + 1, rule.getDescription(),
                        rule.getInputEntry().stream().map(UnaryTests::getText).toList(),
                        rule.getOutputEntry().stream().map(LiteralExpression::getText).toList(), annotations));
            }
            tables.add(new TableLayout(table.getId(), ownerName(table), table.getHitPolicy().name(),
                    table.getAggregation() == null ? null : table.getAggregation().name(),
                    table.getInput().stream().map(ModelIndex::inputColumn).toList(),
                    table.getOutput().stream().map(o -> outputColumn(table, o)).toList(), annotationNames, rules));
        }
        return tables;
    }

    private static TableLayout.Column inputColumn(InputClause input) {
        String expression = input.getInputExpression() == null ? null : input.getInputExpression().getText();
        return new TableLayout.Column(input.getId(), input.getLabel() != null ? input.getLabel() : expression, expression);
    }

    /** A single-output table names its output by the table's output label (or its decision). */
    private static TableLayout.Column outputColumn(DecisionTable table, OutputClause output) {
        String name = output.getName() != null ? output.getName()
                : output.getLabel() != null ? output.getLabel()
                : table.getOutputLabel() != null ? table.getOutputLabel() : ownerName(table);
        return new TableLayout.Column(output.getId(), name, null);
    }

    /**
     * The name of the decision or business knowledge model an element (a decision table, a rule)
     * belongs to: the nearest named ancestor below the definitions; null if there is none.
     */
    public static String ownerName(DMNModelInstrumentedBase element) {
        for (DMNModelInstrumentedBase e = element; e != null; e = e.getParent()) {
            if (e instanceof NamedElement named && !(e instanceof Definitions)) {
                return named.getName();
            }
        }
        return null;
    }

    /** The model's own decision service of that name (not one of an imported model). */
    static DecisionServiceNode service(DMNModel model, String name) {
        return model.getDecisionServices().stream()
                .filter(ds -> ds.getName().equals(name) && model.getNamespace().equals(ds.getModelNamespace())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no decision service " + name));
    }

    /** The inputs a caller supplies: the decision service's input data, or the whole model's (service null). */
    static List<InputDataNode> inputs(DMNModel model, DecisionServiceNode service) {
        if (service == null) {
            return List.copyOf(model.getInputs());
        }
        List<InputDataNode> inputs = new ArrayList<>();
        for (DMNElementReference ref : service.getDecisionService().getInputData()) {
            InputDataNode node = model.getInputById(localId(ref));
            if (node != null) {
                inputs.add(node);
            }
        }
        return inputs;
    }

    /** The ids of the decisions a service returns (its output decisions, not the ones it only uses). */
    static List<String> outputIds(DecisionServiceNode service) {
        return service.getDecisionService().getOutputDecision().stream().map(ModelIndex::localId).toList();
    }

    private static String localId(DMNElementReference ref) {
        return ref.getHref().substring(ref.getHref().indexOf('#') + 1);
    }
}
