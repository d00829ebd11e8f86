package org.srtguide.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.srtguide.models.ModelTestSupport.Evaluation;

import static org.srtguide.models.RecurrenceModelTest.atMonth;
import static org.srtguide.models.RecurrenceModelTest.evaluate;
import static org.srtguide.models.RecurrenceModelTest.psa;
import static org.srtguide.models.RecurrenceModelTest.series;

/** The recurrence model after primary radiotherapy (Phoenix) and its EAU risk groups; helpers in {@link RecurrenceModelTest}. */
class RecurrenceRiskModelTest {

    // ---- post-radiotherapy (Phoenix)

    List<Map<String, Object>> afterRadiotherapy(double failingValue) {
        return series(atMonth(3, 2.4), atMonth(12, 0.6), atMonth(20, 1.4), atMonth(26, failingValue), atMonth(30, 3.5));
    }

    @Test
    void shouldCallPhoenixFailureAtNadirPlusTwoAndDateItAtCall() {
        var result = evaluate("RADIOTHERAPY", afterRadiotherapy(2.6), null, 2);
        assertThat(result.value("recurrenceStatus")).isEqualTo("BIOCHEMICAL_RECURRENCE");
        assertThat(result.value("recurrenceDefinition")).isEqualTo("PHOENIX");
        assertThat((BigDecimal) result.value("intervalToBiochemicalFailureMonths")).isEqualByComparingTo("26");
        assertThat(result.firedRuleIds()).contains("rec-status-007", "rec-definition-002");
    }

    @Test
    void shouldNotCallPhoenixFailureJustBelowNadirPlusTwo() {
        var result = evaluate("RADIOTHERAPY", series(atMonth(3, 2.4), atMonth(12, 0.6), atMonth(26, 2.59)), null, 2);
        assertThat(result.value("recurrenceStatus")).isEqualTo("NO_EVIDENCE");
        assertThat(result.value("recurrenceDefinition")).isNull();
        assertThat(result.firedRuleIds()).contains("rec-status-008");
    }

    @Test
    void shouldNotCountValuesBeforeTheNadirTowardsPhoenixFailure() {
        var result = evaluate("RADIOTHERAPY", series(atMonth(1, 8.0), atMonth(12, 0.5), atMonth(18, 0.9)), null, 2);
        assertThat(result.value("recurrenceStatus")).isEqualTo("NO_EVIDENCE");
    }

    @Test
    void shouldReportInsufficientDataAfterRadiotherapyWithASingleValue() {
        var result = evaluate("RADIOTHERAPY", series(atMonth(6, 1.0)), null, 2);
        assertThat(result.value("recurrenceStatus")).isEqualTo("INSUFFICIENT_DATA");
    }

    // ---- EAU risk group after prostatectomy

    Evaluation bcrAfterProstatectomy(Double psadt, Integer gradeGroup) {
        return evaluate("PROSTATECTOMY", series(psa(7, 0.02), psa(40, 0.21), psa(52, 0.26)), psadt, gradeGroup);
    }

    @Test
    void shouldGroupHighRiskWhenPsadtIsAtMostTwelveMonths() {
        var result = bcrAfterProstatectomy(12.0, 2);
        assertThat(result.value("eauRiskGroup")).isEqualTo("HIGH");
        assertThat(result.firedRuleIds()).contains("rec-risk-002");
    }

    @Test
    void shouldGroupHighRiskWhenGradeGroupIsFourWhateverThePsadt() {
        assertThat(bcrAfterProstatectomy(30.0, 4).firedRuleIds()).contains("rec-risk-003");
        assertThat(bcrAfterProstatectomy(null, 5).value("eauRiskGroup")).isEqualTo("HIGH");
    }

    @Test
    void shouldGroupLowRiskWhenPsadtIsAboveTwelveMonthsAndGradeGroupAtMostThree() {
        var result = bcrAfterProstatectomy(12.1, 3);
        assertThat(result.value("eauRiskGroup")).isEqualTo("LOW");
        assertThat(result.firedRuleIds()).contains("rec-risk-004");
    }

    @Test
    void shouldLeaveRiskUnknownWhenTheGradeGroupIsMissing() {
        var result = bcrAfterProstatectomy(20.0, null);
        assertThat(result.value("eauRiskGroup")).isEqualTo("UNKNOWN");
        assertThat(result.firedRuleIds()).contains("rec-risk-005");
    }

    @Test
    void shouldLeaveRiskUnknownWhenPsadtIsNotCalculableAndGradeIsLower() {
        var result = bcrAfterProstatectomy(null, 2);
        assertThat(result.value("eauRiskGroup")).isEqualTo("UNKNOWN");
        assertThat(result.firedRuleIds()).contains("rec-risk-006");
    }

    // ---- EAU risk group after radiotherapy (RECALLED cut-offs)

    @Test
    void shouldGroupHighRiskAfterRadiotherapyWhenFailureCameWithinEighteenMonths() {
        var points = series(atMonth(3, 2.0), atMonth(9, 0.4), atMonth(18, 2.4));
        var result = evaluate("RADIOTHERAPY", points, null, 2);
        assertThat(result.value("eauRiskGroup")).isEqualTo("HIGH");
        assertThat(result.firedRuleIds()).contains("rec-risk-007");
    }

    @Test
    void shouldGroupHighRiskAfterRadiotherapyWhenBiopsyGradeGroupIsFour() {
        var result = evaluate("RADIOTHERAPY", afterRadiotherapy(2.6), null, 4);
        assertThat(result.value("eauRiskGroup")).isEqualTo("HIGH");
        assertThat(result.firedRuleIds()).contains("rec-risk-008");
    }

    @Test
    void shouldGroupLowRiskAfterRadiotherapyWhenFailureCameLaterAndGradeIsLower() {
        var result = evaluate("RADIOTHERAPY", afterRadiotherapy(2.6), null, 3);
        assertThat(result.value("eauRiskGroup")).isEqualTo("LOW");
        assertThat(result.firedRuleIds()).contains("rec-risk-009");
    }

    @Test
    void shouldLeaveRiskUnknownAfterRadiotherapyWithoutGradeGroup() {
        var result = evaluate("RADIOTHERAPY", afterRadiotherapy(2.6), null, null);
        assertThat(result.value("eauRiskGroup")).isEqualTo("UNKNOWN");
        assertThat(result.firedRuleIds()).contains("rec-risk-010");
    }

    @Test
    void shouldLeaveRiskUnknownAfterRadiotherapyWhenTheFailureHasNoTimeAxis() {
        var points = afterRadiotherapy(2.6);
        points.get(3).put("monthsAfterTreatment", null);
        var result = evaluate("RADIOTHERAPY", points, null, 2);
        assertThat(result.value("recurrenceStatus")).isEqualTo("BIOCHEMICAL_RECURRENCE");
        assertThat(result.value("intervalToBiochemicalFailureMonths")).isNull();
        assertThat(result.firedRuleIds()).contains("rec-risk-011");
    }
}
