package org.srtguide.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.dmn.api.core.DMNMessageType;
import org.srtguide.committee.ValidationReport.Finding;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The build gate for committee content in dmn/: every model validates and compiles, decision
 * tables have no analysis errors and no unwaived gaps, and every rule carries an id, a description
 * and a cited source.
 */
class CommitteeModelsTest {
    static final Path DMN_DIR = Path.of("..", "dmn");
    static final String MODEL_NS = "https://www.omg.org/spec/DMN/20230324/MODEL/";
    static List<Path> models;

    @BeforeAll
    static void listModels() throws IOException {
        try (Stream<Path> files = Files.list(DMN_DIR)) {
            models = files.filter(p -> p.toString().endsWith(".dmn")).sorted().toList();
        }
    }

    @Test
    void shouldHaveNoValidationErrorsAcrossAllModels() throws Exception {
        assertThat(models).as("models in dmn/").isNotEmpty();
        List<String> errors = report().findings().stream()
                .filter(f -> "ERROR".equals(f.severity()))
                .map(f -> f.type() + ": " + f.text()).toList();
        assertThat(errors).as("validation errors").isEmpty();
    }

    /** The workbench's own rule (CandidateValidator): a gap is waived only by a GAP-WAIVER annotation entry. */
    @Test
    void shouldWaiveEveryDecisionTableGapExplicitly() throws Exception {
        List<String> unwaived = report().findings().stream()
                .filter(f -> DMNMessageType.DECISION_TABLE_GAP.name().equals(f.type()) && !f.waived())
                .map(Finding::text).toList();
        assertThat(unwaived).as("decision-table gaps without a GAP-WAIVER annotation").isEmpty();
    }

    @Test
    void shouldGiveEveryRuleAnIdDescriptionRationaleAndSource() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> ruleIds = new HashSet<>();
        for (Path model : models) {
            Document doc = parse(model);
            NodeList tables = doc.getElementsByTagNameNS(MODEL_NS, "decisionTable");
            for (int t = 0; t < tables.getLength(); t++) {
                Element table = (Element) tables.item(t);
                List<String> annotationNames = new ArrayList<>();
                NodeList annotations = table.getElementsByTagNameNS(MODEL_NS, "annotation");
                for (int a = 0; a < annotations.getLength(); a++) {
                    annotationNames.add(((Element) annotations.item(a)).getAttribute("name"));
                }
                int rationaleCol = annotationNames.indexOf("rationale");
                int sourceCol = annotationNames.indexOf("source");
                if (rationaleCol < 0 || sourceCol < 0) {
                    problems.add(model.getFileName() + " table " + table.getAttribute("id") + ": missing rationale/source annotation column");
                    continue;
                }
                NodeList rules = table.getElementsByTagNameNS(MODEL_NS, "rule");
                for (int r = 0; r < rules.getLength(); r++) {
                    Element rule = (Element) rules.item(r);
                    String id = rule.getAttribute("id");
                    String where = model.getFileName() + " rule " + (id.isBlank() ? "#" + (r + 1) : id);
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
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldNameModelsAfterTheirFilesWithUniqueNamespacesAndDiagrams() throws Exception {
        Set<String> namespaces = new HashSet<>();
        for (Path model : models) {
            Element definitions = parse(model).getDocumentElement();
            String file = model.getFileName().toString().replace(".dmn", "");
            assertThat(definitions.getAttribute("name")).as("model name of " + file).isEqualTo(file);
            assertThat(namespaces.add(definitions.getAttribute("namespace"))).as("unique namespace of " + file).isTrue();
            assertThat(definitions.getElementsByTagNameNS("https://www.omg.org/spec/DMN/20230324/DMNDI/", "DMNDiagram").getLength())
                    .as("DMNDI diagram in " + file).isPositive();
        }
    }

    @Test
    void shouldImportEveryConcernModelIntoThePathway() throws Exception {
        Path pathway = DMN_DIR.resolve("pathway.dmn");
        assertThat(pathway).exists();
        Set<String> imported = new HashSet<>();
        NodeList imports = parse(pathway).getElementsByTagNameNS(MODEL_NS, "import");
        for (int i = 0; i < imports.getLength(); i++) {
            imported.add(((Element) imports.item(i)).getAttribute("namespace"));
        }
        for (Path model : models) {
            Element definitions = parse(model).getDocumentElement();
            if (!"pathway".equals(definitions.getAttribute("name"))) {
                // The service discovers deployed models by walking the pathway's imports.
                assertThat(imported).as("pathway imports " + model.getFileName()).contains(definitions.getAttribute("namespace"));
            }
        }
    }

    /**
     * dmn/ validated as the workbench validates a candidate set (the same CandidateValidator), every
     * model counted as submitted so that each gap must be waived.
     */
    private static ValidationReport report() throws IOException {
        List<CandidateModel> set = new ArrayList<>();
        for (Path model : models) {
            DmnNormaliser.Normalised normalised = DmnNormaliser.normalise(Files.readString(model));
            set.add(new CandidateModel(normalised.name(), normalised.namespace(), normalised.xml(), null, true,
                    normalised.submittedVersion(), normalised.changes()));
        }
        return new CandidateValidator().validate(new CandidateSet(List.copyOf(set)));
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
