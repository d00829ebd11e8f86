package org.srtguide.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.srtguide.models.ModelTestSupport.Evaluation;

/** The imaging model: recommendation by setting and PSA, and staging completeness. */
class ImagingModelTest {
    static final String MODEL = "imaging";

    Evaluation evaluate(String treatment, String status, Double psa, List<String> performed) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("primaryTreatment", treatment);
        inputs.put("recurrenceStatus", status);
        inputs.put("currentPsa", psa);
        inputs.put("imagingPerformed", performed);
        return ModelTestSupport.evaluateService(MODEL, inputs).withoutProblems();
    }

    @SuppressWarnings("unchecked")
    static List<Object> recommended(Evaluation result) {
        return (List<Object>) result.value("recommendedImaging");
    }

    @Test
    void shouldExposeTheContractInputsAndOutputsInItsDecisionService() {
        var service = ModelTestSupport.service(MODEL).getDecisionService();
        assertThat(service.getInputData()).extracting(r -> r.getHref())
                .containsExactly("#primaryTreatment", "#recurrenceStatus", "#currentPsa", "#imagingPerformed");
        assertThat(service.getOutputDecision()).extracting(r -> r.getHref())
                .containsExactly("#recommendedImaging", "#stagingComplete");
    }

    @Test
    void shouldRecommendPsmaPetForRecurrenceAfterProstatectomy() {
        var result = evaluate("PROSTATECTOMY", "BIOCHEMICAL_RECURRENCE", 0.26, List.of());
        assertThat(recommended(result)).containsExactly("PSMA_PET");
        assertThat(result.value("stagingComplete")).isEqualTo(false);
        assertThat(result.firedRuleIds()).contains("img-indication-007", "img-staging-003");
    }

    @Test
    void shouldRecommendPsmaPetForRecurrenceEvenAtExactlyTwoTenths() {
        var result = evaluate("PROSTATECTOMY", "BIOCHEMICAL_RECURRENCE", 0.2, null);
        assertThat(recommended(result)).containsExactly("PSMA_PET");
    }

    @Test
    void shouldCompleteStagingWhenAPsmaPetWasDone() {
        var result = evaluate("PROSTATECTOMY", "BIOCHEMICAL_RECURRENCE", 0.4, List.of("PSMA_PET"));
        assertThat(recommended(result)).containsExactly("PSMA_PET");
        assertThat(result.value("stagingComplete")).isEqualTo(true);
        assertThat(result.firedRuleIds()).contains("img-staging-002");
    }

    @Test
    void shouldAcceptAFluciclovinePetAsCompletedMolecularStaging() {
        var result = evaluate("PROSTATECTOMY", "BIOCHEMICAL_RECURRENCE", 0.4, List.of("FLUCICLOVINE_PET"));
        assertThat(result.value("stagingComplete")).isEqualTo(true);
    }

    @Test
    void shouldNotAcceptConventionalImagingAsMolecularStaging() {
        var result = evaluate("PROSTATECTOMY", "BIOCHEMICAL_RECURRENCE", 0.4, List.of("CT", "BONE_SCAN", "MRI"));
        assertThat(result.value("stagingComplete")).isEqualTo(false);
    }

    @Test
    void shouldRecommendPsmaPetForPersistentPsaAboveTwoTenths() {
        var result = evaluate("PROSTATECTOMY", "PERSISTENT_PSA", 0.21, List.of());
        assertThat(recommended(result)).containsExactly("PSMA_PET");
        assertThat(result.firedRuleIds()).contains("img-indication-005");
    }

    @Test
    void shouldNotRecommendPetForPersistentPsaAtExactlyTwoTenths() {
        var result = evaluate("PROSTATECTOMY", "PERSISTENT_PSA", 0.2, List.of());
        assertThat(recommended(result)).isEmpty();
        assertThat(result.value("stagingComplete")).isEqualTo(true);
        assertThat(result.firedRuleIds()).contains("img-indication-006", "img-staging-001");
    }

    @Test
    void shouldNotRecommendPetForPersistentPsaWithoutACurrentValue() {
        var result = evaluate("PROSTATECTOMY", "PERSISTENT_PSA", null, List.of());
        assertThat(recommended(result)).isEmpty();
    }

    @Test
    void shouldNotRecommendImagingBeforeTheSeriesSupportsAStatement() {
        var result = evaluate("PROSTATECTOMY", "INSUFFICIENT_DATA", 0.5, List.of());
        assertThat(recommended(result)).isEmpty();
        assertThat(result.firedRuleIds()).contains("img-indication-001");
    }

    @Test
    void shouldNotRecommendImagingWithoutEvidenceOfRecurrence() {
        var result = evaluate("PROSTATECTOMY", "NO_EVIDENCE", 0.01, List.of());
        assertThat(recommended(result)).isEmpty();
        assertThat(result.firedRuleIds()).contains("img-indication-002");
    }

    @Test
    void shouldNotRecommendImagingForLowDetectablePsa() {
        var result = evaluate("PROSTATECTOMY", "LOW_DETECTABLE", 0.15, List.of());
        assertThat(recommended(result)).isEmpty();
        assertThat(result.firedRuleIds()).contains("img-indication-003");
    }

    @Test
    void shouldNotRecommendImagingForAnUnconfirmedRiseWhateverThePsa() {
        var result = evaluate("PROSTATECTOMY", "UNCONFIRMED_RISE", 1.5, List.of());
        assertThat(recommended(result)).isEmpty();
        assertThat(result.firedRuleIds()).contains("img-indication-004");
    }

    @Test
    void shouldRecommendPetAndProstateMriForFailureAfterRadiotherapy() {
        var result = evaluate("RADIOTHERAPY", "BIOCHEMICAL_RECURRENCE", 3.1, List.of("PSMA_PET"));
        // Issue #15 item 4: PET as after surgery; the MRI belongs to the local salvage evaluation.
        assertThat(recommended(result)).containsExactlyInAnyOrder("PSMA_PET", "MRI");
        assertThat(result.value("stagingComplete")).isEqualTo(true);
        assertThat(result.firedRuleIds()).contains("img-indication-008", "img-staging-006");
    }

    @Test
    void shouldNotCompleteStagingAfterRadiotherapyWithMriAlone() {
        // Issue #15 item 4: an MRI alone does not exclude nodal or distant disease before local salvage.
        var result = evaluate("RADIOTHERAPY", "BIOCHEMICAL_RECURRENCE", 3.1, List.of("MRI"));
        assertThat(result.value("stagingComplete")).isEqualTo(false);
        assertThat(result.firedRuleIds()).contains("img-staging-007");
    }

    @Test
    void shouldNotRecommendImagingAfterRadiotherapyWithoutFailure() {
        var result = evaluate("RADIOTHERAPY", "NO_EVIDENCE", 1.2, List.of());
        assertThat(recommended(result)).isEmpty();
        assertThat(result.firedRuleIds()).contains("img-indication-009");
    }

    @Test
    void shouldRejectAnUnknownModality() {
        assertThatThrownBy(() -> evaluate("PROSTATECTOMY", "BIOCHEMICAL_RECURRENCE", 0.3, List.of("ULTRASOUND")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("imagingPerformed");
    }

    @Test
    void shouldRejectANegativePsa() {
        assertThatThrownBy(() -> evaluate("PROSTATECTOMY", "BIOCHEMICAL_RECURRENCE", -1.0, List.of()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("currentPsa");
    }
}
