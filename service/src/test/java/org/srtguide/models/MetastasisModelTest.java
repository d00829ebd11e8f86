package org.srtguide.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.srtguide.models.ModelTestSupport.Evaluation;

/** The metastasis model: extent of disease from all findings, and exclusion of salvage radiotherapy. */
class MetastasisModelTest {
    static final String MODEL = "metastasis";

    Evaluation evaluate(List<String> findings, boolean imagingDone, String nodes) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("imagingFindings", findings);
        inputs.put("imagingDone", imagingDone);
        inputs.put("pathologicalNodes", nodes);
        inputs.put("earlierFindings", List.of());
        return ModelTestSupport.evaluateService(MODEL, inputs).withoutProblems();
    }

    @Test
    void shouldExposeTheContractInputsAndOutputsInItsDecisionService() {
        var service = ModelTestSupport.service(MODEL).getDecisionService();
        assertThat(service.getInputData()).extracting(r -> r.getHref())
                .containsExactly("#imagingFindings", "#imagingDone", "#pathologicalNodes", "#earlierFindings");
        assertThat(service.getOutputDecision()).extracting(r -> r.getHref())
                .containsExactly("#pelvicNodalDiseaseFound", "#metastasisStatus", "#salvageRadiotherapyExcluded");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EXTRAPELVIC_NODES", "BONE", "VISCERAL"})
    void shouldExcludeSalvageRadiotherapyForEachDistantFinding(String finding) {
        var result = evaluate(List.of("PROSTATE_BED", finding), true, "pN0");
        assertThat(result.value("metastasisStatus")).isEqualTo("DISTANT");
        assertThat(result.value("salvageRadiotherapyExcluded")).isEqualTo(true);
        assertThat(result.firedRuleIds()).contains("met-status-002", "met-exclusion-001");
    }

    @Test
    void shouldRankDistantDiseaseAboveAnEquivocalFinding() {
        assertThat(evaluate(List.of("EQUIVOCAL", "BONE"), true, "pN1").value("metastasisStatus")).isEqualTo("DISTANT");
    }

    @Test
    void shouldReportEquivocalWithoutExcludingSalvage() {
        var result = evaluate(List.of("PELVIC_NODES", "EQUIVOCAL"), true, "pN0");
        assertThat(result.value("metastasisStatus")).isEqualTo("EQUIVOCAL");
        assertThat(result.value("salvageRadiotherapyExcluded")).isEqualTo(false);
        assertThat(result.firedRuleIds()).contains("met-status-003", "met-exclusion-005");
    }

    @Test
    void shouldReportRegionalNodalDiseaseFromPelvicNodesOnImaging() {
        var result = evaluate(List.of("PELVIC_NODES", "PROSTATE_BED"), true, "pN0");
        assertThat(result.value("metastasisStatus")).isEqualTo("REGIONAL_NODAL");
        assertThat(result.value("salvageRadiotherapyExcluded")).isEqualTo(false);
        assertThat(result.firedRuleIds()).contains("met-status-004", "met-exclusion-002");
    }

    @Test
    void shouldReportRegionalNodalDiseaseFromPathologicalPn1() {
        var result = evaluate(List.of("NO_DISEASE"), true, "pN1");
        assertThat(result.value("metastasisStatus")).isEqualTo("REGIONAL_NODAL");
        assertThat(result.firedRuleIds()).contains("met-status-005");
    }

    @Test
    void shouldReportLocalOnlyForProstateBedDisease() {
        var result = evaluate(List.of("PROSTATE_BED"), true, "pNx");
        assertThat(result.value("metastasisStatus")).isEqualTo("LOCAL_ONLY");
        assertThat(result.value("salvageRadiotherapyExcluded")).isEqualTo(false);
        assertThat(result.firedRuleIds()).contains("met-status-006", "met-exclusion-003");
    }

    @Test
    void shouldReportNoneDetectedForANegativeStudy() {
        var result = evaluate(List.of("NO_DISEASE"), true, "pN0");
        assertThat(result.value("metastasisStatus")).isEqualTo("NONE_DETECTED");
        assertThat(result.value("salvageRadiotherapyExcluded")).isEqualTo(false);
        assertThat(result.firedRuleIds()).contains("met-status-007", "met-exclusion-004");
    }

    @Test
    void shouldReadMissingNodalStageAfterRadiotherapyAsNotNodePositive() {
        assertThat(evaluate(List.of("NO_DISEASE"), true, null).value("metastasisStatus")).isEqualTo("NONE_DETECTED");
    }

    @Test
    void shouldReportNotAssessedWithoutImagingEvenWhenPn1() {
        var result = evaluate(List.of(), false, "pN1");
        assertThat(result.value("metastasisStatus")).isEqualTo("NOT_ASSESSED");
        assertThat(result.value("salvageRadiotherapyExcluded")).isEqualTo(false);
        assertThat(result.firedRuleIds()).contains("met-status-001", "met-exclusion-006");
    }

    @Test
    void shouldRejectAnUnknownFindingCode() {
        assertThatThrownBy(() -> evaluate(List.of("LIVER"), true, "pN0"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("imagingFindings");
    }

    @Test
    void shouldRejectAnUnknownNodalStage() {
        assertThatThrownBy(() -> evaluate(List.of("NO_DISEASE"), true, "N1"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("pathologicalNodes");
    }
}
