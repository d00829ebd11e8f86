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

    /** The publishing gate's own rule policy (RulePolicy), over every model in dmn/. */
    @Test
    void shouldGiveEveryRuleAnIdDescriptionRationaleAndSource() throws Exception {
        List<RulePolicy.Model> all = new ArrayList<>();
        for (Path model : models) {
            all.add(new RulePolicy.Model(model.getFileName().toString(), Files.readString(model)));
        }
        assertThat(RulePolicy.problems(all)).isEmpty();
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
