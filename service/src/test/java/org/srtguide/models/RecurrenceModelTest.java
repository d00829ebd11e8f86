package org.srtguide.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kie.dmn.api.core.ast.DecisionServiceNode;
import org.srtguide.models.ModelTestSupport.Evaluation;

/** The recurrence model read through its decision service, one rule or edge per test. */
class RecurrenceModelTest {
    static final String MODEL = "recurrence";
    static final LocalDate TREATED = LocalDate.of(2023, 1, 2);

    /** A PSA value {@code weeks} after treatment; months are weeks * 7 / 30.4375. */
    static Map<String, Object> psa(double weeks, Double value) {
        Map<String, Object> point = new HashMap<>();
        point.put("date", TREATED.plusDays(Math.round(weeks * 7)));
        point.put("value", value);
        point.put("weeksAfterTreatment", weeks);
        point.put("monthsAfterTreatment", weeks * 7 / 30.4375);
        point.put("belowDetectionLimit", false);
        return point;
    }

    static Map<String, Object> atMonth(double months, double value) {
        Map<String, Object> point = psa(months * 30.4375 / 7, value);
        point.put("monthsAfterTreatment", months);
        return point;
    }

    @SafeVarargs
    static List<Map<String, Object>> series(Map<String, Object>... points) {
        return new ArrayList<>(Arrays.asList(points));
    }

    /**
     * Kinetics as the rule unit would give them: nadir over the series, PSADT as stated. Every
     * component must be present (null is fine): the engine does not accept a structure with a
     * missing component as a tKinetics.
     */
    static Map<String, Object> kinetics(List<Map<String, Object>> series, Double psadtMonths) {
        Map<String, Object> k = new HashMap<>();
        for (String component : List.of("latestValue", "latestDate", "nadir", "nadirDate", "consecutiveRisesAtEnd", "rising")) {
            k.put(component, null);
        }
        if (!series.isEmpty()) {
            k.put("latestValue", series.get(series.size() - 1).get("value"));
            k.put("latestDate", series.get(series.size() - 1).get("date"));
        }
        series.stream().filter(p -> p.get("value") != null)
                .min(Comparator.comparingDouble(p -> (Double) p.get("value")))
                .ifPresent(nadir -> {
                    k.put("nadir", nadir.get("value"));
                    k.put("nadirDate", nadir.get("date"));
                });
        k.put("psadtCalculable", psadtMonths != null);
        k.put("psaDoublingTimeMonths", psadtMonths);
        k.put("psadtReason", psadtMonths != null ? "CALCULATED" : "NOT_RISING");
        k.put("valueCount", series.size());
        return k;
    }

    static Evaluation evaluate(String treatment, List<Map<String, Object>> series, Double psadt, Integer gradeGroup) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("primaryTreatment", treatment);
        inputs.put("psaSeries", series);
        inputs.put("kinetics", kinetics(series, psadt));
        inputs.put("gradeGroup", gradeGroup);
        inputs.put("previousSalvageRadiotherapy", false);
        return ModelTestSupport.evaluateService(MODEL, inputs).withoutProblems();
    }

    Evaluation afterProstatectomy(Map<String, Object>... points) {
        return evaluate("PROSTATECTOMY", series(points), null, 2);
    }

    @Test
    void shouldExposeTheContractInputsAndOutputsInItsDecisionService() {
        DecisionServiceNode service = ModelTestSupport.service(MODEL);
        assertThat(service.getDecisionService().getInputData()).extracting(r -> r.getHref())
                .containsExactly("#primaryTreatment", "#psaSeries", "#kinetics", "#gradeGroup", "#previousSalvageRadiotherapy");
        assertThat(service.getDecisionService().getOutputDecision()).extracting(r -> r.getHref())
                .containsExactly("#postSalvageProgressionDefinition", "#episodeStartDate", "#risingTrendConfirmed", "#latestPsaLevel", "#persistentPsa", "#recurrenceStatus",
                        "#recurrenceDefinition", "#intervalToBiochemicalFailureMonths", "#eauRiskGroup");
        assertThat(ModelTestSupport.ruleIds(MODEL)).allMatch(id -> id.matches("rec-(status|definition|risk)-\\d{3}"));
    }

    // ---- post-prostatectomy status

    @Test
    void shouldCallBiochemicalRecurrenceWhenTwoValuesAreAtOrAboveTwoTenths() {
        var result = afterProstatectomy(psa(7, 0.02), psa(40, 0.21), psa(52, 0.26));
        assertThat(result.value("recurrenceStatus")).isEqualTo("BIOCHEMICAL_RECURRENCE");
        assertThat(result.value("recurrenceDefinition")).isEqualTo("AUA_POST_PROSTATECTOMY");
        assertThat(result.firedRuleIds()).contains("rec-status-003", "rec-definition-001");
    }

    @Test
    void shouldCallBiochemicalRecurrenceWhenBothValuesAreExactlyTwoTenths() {
        var result = afterProstatectomy(psa(7, 0.02), psa(40, 0.2), psa(52, 0.2));
        assertThat(result.value("recurrenceStatus")).isEqualTo("BIOCHEMICAL_RECURRENCE");
    }

    @Test
    void shouldDateThePostProstatectomyRecurrenceAtTheFirstValueOfTheConfirmedRun() {
        var result = evaluate("PROSTATECTOMY",
                series(atMonth(2, 0.02), atMonth(10, 0.22), atMonth(12, 0.15), atMonth(18, 0.24), atMonth(21, 0.3)), null, 2);
        assertThat(result.value("recurrenceStatus")).isEqualTo("BIOCHEMICAL_RECURRENCE");
        assertThat((BigDecimal) result.value("intervalToBiochemicalFailureMonths")).isEqualByComparingTo("18");
    }

    @Test
    void shouldReportAnUnconfirmedRiseWhenOnlyTheLatestValueReachesTwoTenths() {
        var result = afterProstatectomy(psa(7, 0.02), psa(40, 0.12), psa(52, 0.22));
        assertThat(result.value("recurrenceStatus")).isEqualTo("UNCONFIRMED_RISE");
        assertThat(result.value("recurrenceDefinition")).isNull();
        assertThat(result.value("intervalToBiochemicalFailureMonths")).isNull();
        assertThat(result.firedRuleIds()).contains("rec-status-004", "rec-definition-003");
    }

    @Test
    void shouldReportAnUnconfirmedRiseForASingleValueAtTwoTenths() {
        assertThat(afterProstatectomy(psa(7, 0.01), psa(40, 0.25)).value("recurrenceStatus")).isEqualTo("UNCONFIRMED_RISE");
    }

    @Test
    void shouldCallALateFirstValueOfATenthOrMorePersistentAndSaySoInItsRule() {
        // Issue #15 item 2: no upper limit on the first measurement by default; drawn after 8 weeks, the rule says so.
        var result = afterProstatectomy(psa(40, 0.25));
        assertThat(result.value("recurrenceStatus")).isEqualTo("PERSISTENT_PSA");
        assertThat(result.firedRuleIds()).contains("rec-status-009");
    }

    @Test
    void shouldReportLowDetectableWhenARiseFallsBackBelowTwoTenths() {
        var result = afterProstatectomy(psa(7, 0.02), psa(40, 0.22), psa(52, 0.15));
        assertThat(result.value("recurrenceStatus")).isEqualTo("LOW_DETECTABLE");
    }

    @Test
    void shouldReportLowDetectableWhenPsaIsAboveThreeHundredthsAndBelowTwoTenths() {
        var result = afterProstatectomy(psa(7, 0.02), psa(40, 0.04));
        assertThat(result.value("recurrenceStatus")).isEqualTo("LOW_DETECTABLE");
        assertThat(result.firedRuleIds()).contains("rec-status-005");
    }

    @Test
    void shouldReportNoEvidenceWhenPsaIsAtMostThreeHundredths() {
        var result = afterProstatectomy(psa(7, 0.01), psa(40, 0.03));
        assertThat(result.value("recurrenceStatus")).isEqualTo("NO_EVIDENCE");
        assertThat(result.value("eauRiskGroup")).isEqualTo("UNKNOWN");
        assertThat(result.firedRuleIds()).contains("rec-status-006", "rec-risk-001");
    }

    @Test
    void shouldReportPersistentPsaWhenTheFirstValueInTheWindowIsAtLeastOneTenth() {
        var result = afterProstatectomy(psa(7, 0.1), psa(20, 0.12));
        assertThat(result.value("recurrenceStatus")).isEqualTo("PERSISTENT_PSA");
        assertThat(result.value("recurrenceDefinition")).isNull();
        assertThat(result.firedRuleIds()).contains("rec-status-002");
    }

    @Test
    void shouldKeepPersistentPsaAheadOfAConfirmedRiseAboveTwoTenths() {
        var result = afterProstatectomy(psa(6, 0.15), psa(20, 0.25), psa(30, 0.4));
        assertThat(result.value("recurrenceStatus")).isEqualTo("PERSISTENT_PSA");
    }

    @Test
    void shouldNotCallPersistenceWhenTheWindowValueIsBelowOneTenth() {
        var result = afterProstatectomy(psa(8, 0.09), psa(20, 0.12));
        assertThat(result.value("recurrenceStatus")).isEqualTo("LOW_DETECTABLE");
    }

    @Test
    void shouldCallPersistenceFromAFirstValueAfterTheUsualWindowAndSaySo() {
        // Issue #15 item 2: the first value at 9 weeks still decides persistence (no upper limit by default).
        var result = afterProstatectomy(psa(9, 0.15), psa(20, 0.15));
        assertThat(result.value("recurrenceStatus")).isEqualTo("PERSISTENT_PSA");
        assertThat(result.firedRuleIds()).contains("rec-status-009");
    }

    @Test
    void shouldNotCallPersistenceWhenPsaLaterFellBelowOneTenth() {
        var result = afterProstatectomy(psa(7, 0.15), psa(20, 0.02));
        assertThat(result.value("recurrenceStatus")).isEqualTo("NO_EVIDENCE");
    }

    @Test
    void shouldIgnoreValuesBeforeTheWindowAndReportInsufficientData() {
        var result = afterProstatectomy(psa(2, 0.8), psa(4, 0.3));
        assertThat(result.value("recurrenceStatus")).isEqualTo("INSUFFICIENT_DATA");
        assertThat(result.firedRuleIds()).contains("rec-status-001");
    }

    @Test
    void shouldReportInsufficientDataForAnEmptySeries() {
        assertThat(afterProstatectomy().value("recurrenceStatus")).isEqualTo("INSUFFICIENT_DATA");
    }

    @Test
    void shouldRejectAPsaPointWithoutAValue() {
        assertThatThrownBy(() -> afterProstatectomy(psa(7, null)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("psaSeries");
    }

    @Test
    void shouldRejectANegativePsaValue() {
        assertThatThrownBy(() -> afterProstatectomy(psa(7, -0.1)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("psaSeries");
    }

    @Test
    void shouldRejectAGradeGroupOutsideOneToFive() {
        assertThatThrownBy(() -> evaluate("PROSTATECTOMY", series(psa(7, 0.01)), null, 6))
                .isInstanceOf(AssertionError.class).hasMessageContaining("gradeGroup");
    }

    @Test
    void shouldRejectAnUnknownPrimaryTreatment() {
        assertThatThrownBy(() -> evaluate("CRYOTHERAPY", series(psa(7, 0.01)), null, 2))
                .isInstanceOf(AssertionError.class).hasMessageContaining("primaryTreatment");
    }
}
