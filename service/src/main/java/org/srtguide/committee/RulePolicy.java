package org.srtguide.committee;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The committee's rule policy, one place for the build gate (CommitteeModelsTest) and the publishing
 * gate: every decision-table rule has a unique id, a description, and a rationale and a source
 * annotation; every table has the rationale and source annotation columns.
 */
final class RulePolicy {
    static final String MODEL_NS = "https://www.omg.org/spec/DMN/20230324/MODEL/";

    private RulePolicy() {
    }

    /** A model to check: its name (for the messages) and its DMN 1.5 XML. */
    record Model(String name, String xml) {
    }

    /** Every breach of the policy across the models (rule ids must be unique across all of them). */
    static List<String> problems(List<Model> models) {
        List<String> problems = new ArrayList<>();
        Set<String> ruleIds = new HashSet<>();
        for (Model model : models) {
            NodeList tables = parse(model).getElementsByTagNameNS(MODEL_NS, "decisionTable");
            for (int t = 0; t < tables.getLength(); t++) {
                check(model.name(), (Element) tables.item(t), ruleIds, problems);
            }
        }
        return problems;
    }

    private static void check(String model, Element table, Set<String> ruleIds, List<String> problems) {
        List<String> annotationNames = new ArrayList<>();
        NodeList annotations = table.getElementsByTagNameNS(MODEL_NS, "annotation");
        for (int a = 0; a < annotations.getLength(); a++) {
            annotationNames.add(((Element) annotations.item(a)).getAttribute("name"));
        }
        int rationaleCol = annotationNames.indexOf("rationale");
        int sourceCol = annotationNames.indexOf("source");
        if (rationaleCol < 0 || sourceCol < 0) {
            problems.add(model + " table " + table.getAttribute("id") + ": missing rationale/source annotation column");
            return;
        }
        NodeList rules = table.getElementsByTagNameNS(MODEL_NS, "rule");
        for (int r = 0; r < rules.getLength(); r++) {
            Element rule = (Element) rules.item(r);
            String id = rule.getAttribute("id");
            String where = model + " rule " + (id.isBlank() ? "#" + (r + 1) : id);
            if (id.isBlank() || !ruleIds.add(id)) {
                problems.add(where + ": missing or duplicate id");
            }
            if (rule.getElementsByTagNameNS(MODEL_NS, "description").getLength() == 0) {
                problems.add(where + ": no description");
            }
            NodeList entries = rule.getElementsByTagNameNS(MODEL_NS, "annotationEntry");
            if (entries.getLength() <= Math.max(rationaleCol, sourceCol)
                    || entries.item(rationaleCol).getTextContent().isBlank()
                    || entries.item(sourceCol).getTextContent().isBlank()) {
                problems.add(where + ": no rationale or source");
            }
        }
    }

    private static Document parse(Model model) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(model.xml())));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            // normalised models are well-formed; this is a defect, not bad input
            throw new IllegalStateException("model " + model.name() + " cannot be parsed", e);
        }
    }
}
