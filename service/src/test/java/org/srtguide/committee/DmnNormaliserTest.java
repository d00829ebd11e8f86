package org.srtguide.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DmnNormaliserTest {
    static final String MODEL15 = "https://www.omg.org/spec/DMN/20230324/MODEL/";
    static final String FEEL15 = "https://www.omg.org/spec/DMN/20230324/FEEL/";

    static String deployed(String name) throws Exception {
        return Files.readString(Path.of("..", "dmn", name + ".dmn"));
    }

    /** What the DMN editor saves: the same model under the DMN 1.6 MODEL and FEEL namespaces. */
    static String asDmn16(String xml) {
        return xml.replace(MODEL15, "https://www.omg.org/spec/DMN/20240513/MODEL/")
                .replace(FEEL15, "https://www.omg.org/spec/DMN/20240513/FEEL/");
    }

    @Test
    void shouldReturnADmn15ModelByteForByte() throws Exception {
        String xml = deployed("metastasis");
        DmnNormaliser.Normalised normalised = DmnNormaliser.normalise(xml);
        assertThat(normalised.xml()).isSameAs(xml);
        assertThat(normalised.submittedVersion()).isEqualTo("1.5");
        assertThat(normalised.changes()).isEmpty();
        assertThat(normalised.name()).isEqualTo("metastasis");
        assertThat(normalised.namespace()).isEqualTo("https://srtguide.org/dmn/metastasis");
    }

    @Test
    void shouldRewriteDmn16ModelAndFeelNamespacesToDmn15() throws Exception {
        String xml = deployed("recurrence");
        DmnNormaliser.Normalised normalised = DmnNormaliser.normalise(asDmn16(xml));
        assertThat(normalised.xml()).isEqualTo(xml);
        assertThat(normalised.submittedVersion()).isEqualTo("1.6");
        assertThat(normalised.changes()).containsExactly(
                "https://www.omg.org/spec/DMN/20240513/FEEL/ → " + FEEL15,
                "https://www.omg.org/spec/DMN/20240513/MODEL/ → " + MODEL15);
    }

    @Test
    void shouldRewriteADmn16DiagramNamespaceToo() {
        String xml = "<definitions xmlns=\"https://www.omg.org/spec/DMN/20240513/MODEL/\" "
                + "xmlns:dmndi=\"https://www.omg.org/spec/DMN/20240513/DMNDI/\" name=\"x\" namespace=\"n\" id=\"x\"/>";
        String out = DmnNormaliser.normalise(xml).xml();
        assertThat(out).contains("https://www.omg.org/spec/DMN/20230324/DMNDI/").doesNotContain("20240513");
    }

    @Test
    void shouldRefuseAnOnnxFunctionDefinitionWhichHasNoDmn15Form() {
        String xml = "<definitions xmlns=\"https://www.omg.org/spec/DMN/20240513/MODEL/\" name=\"x\" namespace=\"n\" id=\"x\">"
                + "<businessKnowledgeModel id=\"bkm\" name=\"bkm\"><encapsulatedLogic id=\"onnx1\" kind=\"ONNX\"/>"
                + "</businessKnowledgeModel></definitions>";
        assertThatThrownBy(() -> DmnNormaliser.normalise(xml)).isInstanceOf(DmnNormaliser.RefusedException.class)
                .hasMessageContaining("no DMN 1.5 form").hasMessageContaining("'onnx1'").hasMessageContaining("ONNX");
    }

    @Test
    void shouldAcceptAFeelFunctionDefinitionInDmn16() {
        String xml = "<definitions xmlns=\"https://www.omg.org/spec/DMN/20240513/MODEL/\" name=\"x\" namespace=\"n\" id=\"x\">"
                + "<businessKnowledgeModel id=\"bkm\" name=\"bkm\"><encapsulatedLogic id=\"f1\" kind=\"FEEL\"/>"
                + "</businessKnowledgeModel></definitions>";
        assertThat(DmnNormaliser.normalise(xml).xml()).contains(MODEL15);
    }

    @Test
    void shouldRefuseAnOlderDmnVersion() {
        String xml = "<definitions xmlns=\"http://www.omg.org/spec/DMN/20180521/MODEL/\" name=\"x\" namespace=\"n\" id=\"x\"/>";
        assertThatThrownBy(() -> DmnNormaliser.normalise(xml)).isInstanceOf(DmnNormaliser.RefusedException.class)
                .hasMessageContaining("DMN 1.5 or 1.6");
    }

    @Test
    void shouldRefuseXmlThatIsNotADmnModel() {
        assertThatThrownBy(() -> DmnNormaliser.normalise("<html/>")).isInstanceOf(DmnNormaliser.RefusedException.class)
                .hasMessageContaining("not a DMN model");
    }

    @Test
    void shouldRefuseMalformedXml() {
        assertThatThrownBy(() -> DmnNormaliser.normalise("<definitions")).isInstanceOf(DmnNormaliser.RefusedException.class)
                .hasMessageContaining("not well-formed");
    }

    @Test
    void shouldRefuseADoctypeSoNoExternalEntityIsRead() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<definitions xmlns=\"https://www.omg.org/spec/DMN/20230324/MODEL/\" name=\"&e;\"/>";
        assertThatThrownBy(() -> DmnNormaliser.normalise(xml)).isInstanceOf(DmnNormaliser.RefusedException.class);
    }
}
