package org.srtguide.committee;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import jakarta.enterprise.context.ApplicationScoped;

import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNMessageType;
import org.kie.dmn.model.api.DMNModelInstrumentedBase;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.RuleAnnotation;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidator.Validation;
import org.kie.dmn.validation.DMNValidatorFactory;
import org.kie.dmn.validation.dtanalysis.DMNDTAnalysisMessage;
import org.srtguide.committee.ValidationReport.Finding;
import org.srtguide.decision.ModelIndex;
import org.srtguide.decision.ModelRegistry;
import org.srtguide.committee.ValidationReport.ModelInfo;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Runs kie-dmn-validation over a whole candidate set (imports resolve among the set) and explains each message. */
@ApplicationScoped
class CandidateValidator {
    static final String GAP_WAIVER = "GAP-WAIVER:";
    /** The finding type of a model that imports a model the proposal removes. */
    static final String REMOVED_IMPORT = "REMOVED_MODEL_IMPORTED";

    ValidationReport validate(CandidateSet candidates) {
        // the engine cannot even assemble a set with an unresolved import (it throws): report those alone
        List<Finding> findings = new ArrayList<>(unresolvedImports(candidates));
        List<DMNMessage> messages = findings.isEmpty() ? run(candidates) : List.of();
        Set<String> submitted = candidates.submitted().stream().map(CandidateModel::name).collect(Collectors.toSet());
        for (DMNMessage message : messages) {
            findings.add(finding(message, submitted, candidates));
        }
        int errors = (int) findings.stream().filter(f -> "ERROR".equals(f.severity())).count();
        int warnings = (int) findings.stream().filter(f -> "WARN".equals(f.severity())).count();
        int unwaived = (int) findings.stream()
                .filter(f -> f.submitted() && DMNMessageType.DECISION_TABLE_GAP.name().equals(f.type()) && !f.waived()).count();
        List<ModelInfo> models = candidates.models().stream()
                .map(m -> new ModelInfo(m.name(), m.submitted(), m.changed(), m.submittedVersion(), m.normalisation())).toList();
        return new ValidationReport(errors == 0, errors, warnings, unwaived, models, findings);
    }

    /**
     * An ERROR for each import no model of the set provides, naming the importer: REMOVED_MODEL_IMPORTED
     * when the proposal removes that model, IMPORT_NOT_FOUND otherwise.
     */
    private static List<Finding> unresolvedImports(CandidateSet candidates) {
        Set<String> namespaces = candidates.models().stream().map(CandidateModel::namespace).collect(Collectors.toSet());
        List<Finding> out = new ArrayList<>();
        for (CandidateModel model : candidates.models()) {
            for (String imported : imports(model.xml())) {
                if (namespaces.contains(imported)) {
                    continue;
                }
                String removed = candidates.removed().stream().filter(r -> ModelRegistry.namespaceOf(r).equals(imported))
                        .findFirst().orElse(null);
                out.add(removed != null
                        ? new Finding(model.name(), model.submitted(), "ERROR", "model", REMOVED_IMPORT, null, null, List.of(),
                                "model '" + model.name() + "' imports '" + removed + "', which this proposal removes",
                                "A removed model must not be used any more: revise the importing model so that it no longer"
                                        + " imports it (in the same proposal), or keep the model.", false)
                        : new Finding(model.name(), model.submitted(), "ERROR", "model", DMNMessageType.IMPORT_NOT_FOUND.name(),
                                null, null, List.of(), "model '" + model.name() + "' imports " + imported
                                        + ", which no model of the set has", Explanations.of(DMNMessageType.IMPORT_NOT_FOUND),
                                false));
            }
        }
        return out;
    }

    /** The namespaces a model imports ({@code definitions/import/@namespace}). */
    private static List<String> imports(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList imports = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)))
                    .getElementsByTagNameNS(RulePolicy.MODEL_NS, "import");
            List<String> out = new ArrayList<>();
            for (int i = 0; i < imports.getLength(); i++) {
                out.add(((Element) imports.item(i)).getAttribute("namespace"));
            }
            return out;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return List.of(); // unreadable XML: the engine's schema validation reports it
        }
    }

    private static List<DMNMessage> run(CandidateSet candidates) {
        DMNValidator validator = DMNValidatorFactory.newValidator();
        try {
            Reader[] readers = candidates.models().stream().map(m -> new StringReader(m.xml())).toArray(Reader[]::new);
            return validator.validateUsing(Validation.VALIDATE_SCHEMA, Validation.VALIDATE_MODEL,
                    Validation.VALIDATE_COMPILATION, Validation.ANALYZE_DECISION_TABLE).theseModels(readers);
        } finally {
            validator.dispose();
        }
    }

    private static Finding finding(DMNMessage message, Set<String> submitted, CandidateSet candidates) {
        DMNModelInstrumentedBase element = message.getSourceReference() instanceof DMNModelInstrumentedBase e ? e : null;
        DecisionTable table = null;
        List<String> ruleIds = List.of();
        if (message instanceof DMNDTAnalysisMessage analysis) {
            table = analysis.getAnalysis().getSource();
            element = table;
            ruleIds = ruleIds(table, analysis.getRules());
        }
        String model = modelOf(element, message, candidates);
        String type = message.getMessageType().name();
        boolean waived = table != null && message.getMessageType() == DMNMessageType.DECISION_TABLE_GAP && waivesGaps(table);
        return new Finding(model, model != null && submitted.contains(model), message.getSeverity().name(),
                category(message.getMessageType()), type, ModelIndex.ownerName(element), table == null ? null : table.getId(), ruleIds,
                message.getText(), Explanations.of(message.getMessageType()), waived);
    }

    private static List<String> ruleIds(DecisionTable table, Collection<Integer> indexes) {
        List<String> ids = new ArrayList<>();
        if (indexes != null) {
            for (Integer index : indexes) {
                // the analysis numbers rules from 1, as the editor shows them
                if (index != null && index >= 1 && index <= table.getRule().size()) {
                    DecisionRule rule = table.getRule().get(index - 1);
                    ids.add(rule.getId() == null ? "#" + index : rule.getId());
                }
            }
        }
        return ids;
    }

    static boolean waivesGaps(DecisionTable table) {
        for (DecisionRule rule : table.getRule()) {
            for (RuleAnnotation entry : rule.getAnnotationEntry()) {
                if (entry.getText() != null && entry.getText().contains(GAP_WAIVER)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String category(DMNMessageType type) {
        if (type == DMNMessageType.FAILED_XML_VALIDATION) {
            return "schema";
        }
        return type.name().startsWith("DECISION_TABLE_") ? "analysis" : "model";
    }

    private static String modelOf(DMNModelInstrumentedBase element, DMNMessage message, CandidateSet candidates) {
        for (DMNModelInstrumentedBase e = element; e != null; e = e.getParent()) {
            if (e instanceof Definitions definitions) {
                return definitions.getName();
            }
        }
        String sourceId = message.getSourceId();
        if (sourceId != null) {
            for (CandidateModel model : candidates.models()) {
                if (model.xml().contains("id=\"" + sourceId + "\"")) {
                    return model.name();
                }
            }
        }
        return null;
    }

    /** Plain-language explanations for the committee, by message type. */
    static final class Explanations {
        private static final Map<DMNMessageType, String> TEXT = Map.ofEntries(
                Map.entry(DMNMessageType.FAILED_XML_VALIDATION,
                        "The XML does not follow the DMN 1.5 schema; the engine cannot read the model as written."),
                Map.entry(DMNMessageType.IMPORT_NOT_FOUND,
                        "The model imports a namespace that no model of the set has: the engine cannot put the models "
                                + "together, so nothing else was checked. Fix or remove the import."),
                Map.entry(DMNMessageType.DECISION_TABLE_GAP,
                        "Some combinations of input values match no rule: a patient with these values would get no answer "
                                + "from this table (the service then refuses the case). Add a rule, or waive the gap with a "
                                + "'GAP-WAIVER:' annotation if the combination cannot occur."),
                Map.entry(DMNMessageType.DECISION_TABLE_OVERLAP,
                        "Two or more rules match the same inputs."),
                Map.entry(DMNMessageType.DECISION_TABLE_OVERLAP_HITPOLICY_UNIQUE,
                        "Two or more rules match the same inputs, but the table's UNIQUE hit policy allows only one: such a "
                                + "case would fail. Narrow the conditions so that the rules do not overlap."),
                Map.entry(DMNMessageType.DECISION_TABLE_OVERLAP_HITPOLICY_ANY,
                        "Overlapping rules give different outputs, but the ANY hit policy requires them to agree."),
                Map.entry(DMNMessageType.DECISION_TABLE_HITPOLICY_FIRST,
                        "FIRST hit policy: the order of the rules decides the answer when several match."),
                Map.entry(DMNMessageType.DECISION_TABLE_MASKED_RULE,
                        "This rule can never be selected: a higher-priority rule always matches whenever it does."),
                Map.entry(DMNMessageType.DECISION_TABLE_MISLEADING_RULE,
                        "For part of its inputs this rule is overridden by a higher-priority rule, so it does not always "
                                + "apply as it reads."),
                Map.entry(DMNMessageType.DECISION_TABLE_SUBSUMPTION_RULE,
                        "One rule contains another with the same output: the smaller rule adds nothing and the two can be "
                                + "merged."),
                Map.entry(DMNMessageType.DECISION_TABLE_CONTRACTION_RULE,
                        "Rules with the same output on adjacent conditions could be written as one rule."),
                Map.entry(DMNMessageType.DECISION_TABLE_1STNFVIOLATION,
                        "Duplicate rules: the same conditions appear more than once."),
                Map.entry(DMNMessageType.DECISION_TABLE_2NDNFVIOLATION,
                        "A condition does not change the outcome of these rules and could be '-' (any value)."),
                Map.entry(DMNMessageType.DECISION_TABLE_HITPOLICY_RECOMMENDER,
                        "The analysis suggests a different hit policy for this table."),
                Map.entry(DMNMessageType.DECISION_TABLE_ANALYSIS,
                        "Decision-table analysis note."),
                // kie reports this type (INFO) when the analysis of a table finished with no messages
                Map.entry(DMNMessageType.DECISION_TABLE_ANALYSIS_EMPTY,
                        "The analysis of this table found nothing to report: no gaps, overlaps, masked or redundant rules."),
                Map.entry(DMNMessageType.DECISION_TABLE_ANALYSIS_ERROR,
                        "The table could not be analysed; check its conditions for expressions the analysis cannot read."));

        private Explanations() {
        }

        static String of(DMNMessageType type) {
            return TEXT.getOrDefault(type, "The engine reports a problem with the model's structure, types or expressions "
                    + "(see the message); it must be fixed before the model can be adopted.");
        }
    }
}
