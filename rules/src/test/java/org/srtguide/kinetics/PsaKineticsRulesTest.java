package org.srtguide.kinetics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.srtguide.kinetics.TreatmentContext.PrimaryTreatment.PROSTATECTOMY;
import static org.srtguide.kinetics.TreatmentContext.PrimaryTreatment.RADIOTHERAPY;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.data.Offset;
import org.drools.ruleunits.api.RuleUnitInstance;
import org.drools.ruleunits.api.RuleUnitProvider;
import org.junit.jupiter.api.Test;
import org.srtguide.kinetics.TreatmentContext.PrimaryTreatment;

/**
 * PsaKinetics.drl run with the standalone rule-unit engine (which also compiles the DRL).
 * Expected values are worked out by hand in the comments. Time axis: months = days / 30.4375
 * (365.25 / 12), weeks = days / 7. For three points equally spaced h months apart the least-squares
 * slope is (ln v3 - ln v1) / 2h, so the PSADT is ln 2 · 2h / ln(v3 / v1); for points exactly on a
 * doubling curve it is the doubling interval.
 */
class PsaKineticsRulesTest {
    static final LocalDate TREATMENT = LocalDate.of(2020, 1, 1);
    static final LocalDate AS_OF = LocalDate.of(2030, 1, 1);
    static final double DAYS_PER_MONTH = 30.4375;
    static final Offset<Double> EXACT = within(1e-9);

    @Test
    void shouldGiveSixMonthsWhenPsaDoublesEverySixMonthsExactly() {
        // v = 0.2 · 2^(t / 6), t in months: ln v = ln 0.2 + (ln 2 / 6) · t lies on a line, so the
        // slope is ln 2 / 6 per month and the PSADT ln 2 / (ln 2 / 6) = 6.0 months.
        int[] days = {100, 283, 466, 649};
        PsaValue[] values = new PsaValue[days.length];
        for (int i = 0; i < days.length; i++) {
            double months = (days[i] - days[0]) / DAYS_PER_MONTH;
            values[i] = value(days[i], 0.2 * Math.pow(2, months / 6));
        }

        PsaKinetics result = analyse(PROSTATECTOMY, values);

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.CALCULATED);
        assertThat(result.isPsadtCalculable()).isTrue();
        assertThat(result.getPsaDoublingTimeMonths()).isCloseTo(6.0, EXACT);
    }

    @Test
    void shouldNeverUseAResultReportedBelowTheDetectionLimit() {
        // Issue #15 item 9: "< 0.2" from an insensitive assay has the value 0.2 but is not a measurement.
        // Without the flag 0.2 / 0.3 / 0.4 (61 days apart) would give a PSADT; with the first value a
        // "< 0.2" result it is a fall, so only 0.3 and 0.4 remain: too few values at or above 0.1.
        PsaKinetics result = analyse(PROSTATECTOMY, new PsaValue(day(100), 0.2, true), value(161, 0.3), value(222, 0.4));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.BELOW_MINIMUM_VALUE);
        assertThat(result.isPsadtCalculable()).isFalse();
    }

    @Test
    void shouldNotCallAPsadtWhenTheLatestResultIsBelowTheDetectionLimit() {
        PsaKinetics result = analyse(PROSTATECTOMY, value(100, 0.2), value(161, 0.3), value(222, 0.4),
                new PsaValue(day(283), 0.5, true));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.BELOW_ENTRY_LEVEL);
    }

    @Test
    void shouldCalculateFromThreeValuesAtTheMinimumLevelsAndInterval() {
        // RTOG's smallest series 0.1 / 0.15 / 0.2, 61 days apart (61 / 30.4375 = 2.004 months, just
        // over 2), the first at 14.3 weeks. h = 61 / 30.4375, slope = ln(0.2 / 0.1) / 2h = ln 2 / 2h,
        // PSADT = 2h = 122 / 30.4375 = 4.0082135523 months (the middle value does not matter).
        PsaKinetics result = analyse(PROSTATECTOMY, value(100, 0.1), value(161, 0.15), value(222, 0.2));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.CALCULATED);
        assertThat(result.getPsaDoublingTimeMonths()).isCloseTo(122 / DAYS_PER_MONTH, EXACT)
                .isCloseTo(4.0082135523, within(1e-9));
    }

    @Test
    void shouldUseAValueAtExactlySixWeeksAfterProstatectomy() {
        // Day 42 = 6.0 weeks qualifies; then as above with 61-day gaps: PSADT = 122 / 30.4375.
        PsaKinetics result = analyse(PROSTATECTOMY, value(42, 0.1), value(103, 0.15), value(164, 0.2));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.CALCULATED);
        assertThat(result.getPsaDoublingTimeMonths()).isCloseTo(122 / DAYS_PER_MONTH, EXACT);
    }

    @Test
    void shouldNotUseAValueFromTheFirstSixWeeksAfterProstatectomy() {
        // Day 41 = 5.86 weeks: only two values qualify.
        PsaKinetics result = analyse(PROSTATECTOMY, value(41, 0.1), value(102, 0.15), value(163, 0.2));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.TOO_FEW_VALUES);
        assertThat(result.isPsadtCalculable()).isFalse();
    }

    @Test
    void shouldNotCalculateWithTwoValues() {
        PsaKinetics result = analyse(PROSTATECTOMY, value(100, 0.2), value(200, 0.4));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.TOO_FEW_VALUES);
        assertThat(result.isPsadtCalculable()).isFalse();
        assertThat(result.getPsaDoublingTimeMonths()).isNull();
        assertThat(result.isRising()).isTrue();
        assertThat(result.getConsecutiveRisesAtEnd()).isEqualTo(1);
    }

    @Test
    void shouldReportTooFewValuesForASingleValue() {
        PsaKinetics result = analyse(PROSTATECTOMY, value(100, 0.05));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.TOO_FEW_VALUES);
        assertThat(result.getValueCount()).isEqualTo(1);
        assertThat(result.getLatestValue()).isEqualTo(0.05);
        assertThat(result.getLatestDate()).isEqualTo(day(100));
        assertThat(result.getNadir()).isEqualTo(0.05);
        assertThat(result.getNadirDate()).isEqualTo(day(100));
        assertThat(result.isRising()).isFalse();
        assertThat(result.getConsecutiveRisesAtEnd()).isZero();
    }

    @Test
    void shouldReportTooFewValuesAndNoLatestValueWhenThereAreNoValues() {
        PsaKinetics result = analyse(PROSTATECTOMY);

        assertThat(result.getSeries()).isEmpty();
        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.TOO_FEW_VALUES);
        assertThat(result.getLatestValue()).isNull();
        assertThat(result.getNadir()).isNull();
    }

    @Test
    void shouldReportNotRisingWhenPsaFalls() {
        PsaKinetics result = analyse(PROSTATECTOMY, value(100, 0.8), value(200, 0.5), value(300, 0.3));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.NOT_RISING);
        assertThat(result.isRising()).isFalse();
        assertThat(result.getConsecutiveRisesAtEnd()).isZero();
        assertThat(result.getNadir()).isEqualTo(0.3);
    }

    @Test
    void shouldReportNotRisingWhenTheLatestValueEqualsThePreviousOne() {
        PsaKinetics result = analyse(PROSTATECTOMY, value(100, 0.2), value(200, 0.3), value(300, 0.3));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.NOT_RISING);
        assertThat(result.isRising()).isFalse();
    }

    @Test
    void shouldReportNotRisingBeforeBelowEntryLevelWhenPsaFallsBelowIt() {
        PsaKinetics result = analyse(PROSTATECTOMY, value(100, 0.5), value(200, 0.3), value(300, 0.08));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.NOT_RISING);
    }

    @Test
    void shouldReportBelowEntryLevelWhenPsaRisesButStaysUnderPointTwo() {
        PsaKinetics result = analyse(PROSTATECTOMY, value(100, 0.1), value(200, 0.13), value(300, 0.17));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.BELOW_ENTRY_LEVEL);
        assertThat(result.isRising()).isTrue();
    }

    @Test
    void shouldStartFromTheValueAtPointOneWhenPsaFellBackToIt() {
        // 0.2, 0.3, then 0.05 and 0.1 (fell back to <= 0.1); the last such value is 0.1 at day 400,
        // itself >= 0.1, so the window is 0.1 / 0.2 / 0.4 at days 400 / 500 / 600: doubling every
        // 100 days, PSADT = 100 / 30.4375 = 3.2854209446 months. (All six values would give another
        // slope.)
        PsaKinetics result = analyse(PROSTATECTOMY, value(100, 0.2), value(200, 0.3), value(300, 0.05),
                value(400, 0.1), value(500, 0.2), value(600, 0.4));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.CALCULATED);
        assertThat(result.getPsaDoublingTimeMonths()).isCloseTo(100 / DAYS_PER_MONTH, EXACT)
                .isCloseTo(3.2854209446, within(1e-9));
        assertThat(result.getPsadtValuesUsed()).extracting(SeriesPoint::date)
                .containsExactly(day(400), day(500), day(600));
    }

    @Test
    void shouldStartAfterTheFallWhenPsaFellBelowPointOne() {
        // Fell to 0.05 at day 300; the values used start after it: 0.15 / 0.3 / 0.6 at days
        // 400 / 500 / 600, doubling every 100 days: PSADT = 100 / 30.4375 months.
        PsaKinetics result = analyse(PROSTATECTOMY, value(100, 0.2), value(200, 0.3), value(300, 0.05),
                value(400, 0.15), value(500, 0.3), value(600, 0.6));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.CALCULATED);
        assertThat(result.getPsaDoublingTimeMonths()).isCloseTo(100 / DAYS_PER_MONTH, EXACT);
    }

    @Test
    void shouldReportBelowMinimumValueWhenTooFewValuesFollowTheFall() {
        // Five qualifying values, rising and >= 0.2 at the end, but only 0.2 / 0.4 follow the fall to 0.05.
        PsaKinetics result = analyse(PROSTATECTOMY, value(100, 0.2), value(200, 0.3), value(300, 0.05),
                value(400, 0.2), value(500, 0.4));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.BELOW_MINIMUM_VALUE);
        assertThat(result.getPsaDoublingTimeMonths()).isNull();
    }

    @Test
    void shouldReportValuesTooCloseWhenTwoValuesAreUnderTwoMonthsApart() {
        // Issue #15 item 7: the reason is now "too few values spaced by 2 months", not "some pair is
        // too close". Walking back from day 221: day 160 is 61 days = 2.004 months before (kept), day
        // 100 is 60 / 30.4375 = 1.971 months < 2 before day 160 (left out): 2 values, fewer than 3.
        PsaKinetics result = analyse(PROSTATECTOMY, value(100, 0.2), value(160, 0.3), value(221, 0.45));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.VALUES_TOO_CLOSE);
        assertThat(result.isPsadtCalculable()).isFalse();
        assertThat(result.getPsadtValuesUsed()).isEmpty();
    }

    @Test
    void shouldCalculateAFastRiserFromEveryOtherMonthlyValueKeepingTheLatest() {
        // Issue #15 item 7. Monthly values at days 69 / 100 / 130 / 161 / 191 / 222 (gaps of 30 or 31
        // days, about 1 month). Walking back from the latest (day 222): day 191 is 31 days before
        // (1.02 months, left out), day 161 is 61 days = 2.004 months before (kept); from day 161: day
        // 130 is 31 days (left out), day 100 is 61 days (kept); from day 100: day 69 is 31 days (left
        // out). Used: 0.2 / 0.3 / 0.6 at days 100 / 161 / 222, equally spaced h = 61 / 30.4375 months:
        // slope = (ln 0.6 - ln 0.2) / 2h = ln 3 / 2h, PSADT = ln 2 · 2h / ln 3
        // = 4.0082135524 · 0.6309297536 = 2.5289011889 months.
        PsaKinetics result = analyse(PROSTATECTOMY, value(69, 0.15), value(100, 0.2), value(130, 0.25),
                value(161, 0.3), value(191, 0.4), value(222, 0.6));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.CALCULATED);
        assertThat(result.getPsaDoublingTimeMonths())
                .isCloseTo(Math.log(2) * 122 / DAYS_PER_MONTH / Math.log(3), EXACT)
                .isCloseTo(2.5289011889, within(1e-9));
        assertThat(result.getPsadtValuesUsed()).extracting(SeriesPoint::date)
                .containsExactly(day(100), day(161), day(222));
        assertThat(result.getPsadtValuesUsed()).extracting(SeriesPoint::value).containsExactly(0.2, 0.3, 0.6);
    }

    @Test
    void shouldKeepAValueJustOverTwoMonthsBeforeAndLeaveOutOneJustUnder() {
        // Whole days never fall exactly on 2.0 months (= 60.875 days): the boundary lies between 60
        // days (1.971 months, too close) and 61 days (2.004 months, at least 2 months apart).
        // Walking back from day 222: day 162 is 60 days before (left out), day 161 is 61 days before
        // (kept); from day 161: day 100 is 61 days before (kept). Used: 0.1 / 0.15 / 0.2 at days
        // 100 / 161 / 222, h = 61 / 30.4375: PSADT = 2h = 122 / 30.4375 = 4.0082135523 months.
        PsaKinetics result = analyse(PROSTATECTOMY, value(100, 0.1), value(161, 0.15), value(162, 0.16),
                value(222, 0.2));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.CALCULATED);
        assertThat(result.getPsaDoublingTimeMonths()).isCloseTo(122 / DAYS_PER_MONTH, EXACT);
        assertThat(result.getPsadtValuesUsed()).extracting(SeriesPoint::date)
                .containsExactly(day(100), day(161), day(222));
    }

    @Test
    void shouldReportValuesTooCloseWhenTheSpacedSubsetIsTooSmall() {
        // Four monthly values, all >= 0.1 and rising: walking back from day 191, day 161 (30 days) is
        // left out, day 130 (61 days) kept, day 100 (30 days before it) left out: 2 values < 3.
        PsaKinetics result = analyse(PROSTATECTOMY, value(100, 0.2), value(130, 0.25), value(161, 0.3),
                value(191, 0.4));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.VALUES_TOO_CLOSE);
        assertThat(result.getPsaDoublingTimeMonths()).isNull();
        assertThat(result.getPsadtValuesUsed()).isEmpty();
    }

    @Test
    void shouldReportTooFewValuesForTwoCloseValues() {
        // Two values 20 days apart: too few values at all, whatever their spacing.
        PsaKinetics result = analyse(PROSTATECTOMY, value(100, 0.2), value(120, 0.3));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.TOO_FEW_VALUES);
    }

    @Test
    void shouldReportBelowMinimumValueWhenDroppingAValueUnderPointOneLeavesTooFew() {
        // Three values, but 0.05 is below 0.1 (the start of the window, left out): 0.2 / 0.4 remain,
        // 100 days apart. Too few values at or above the minimum, not too few values at all.
        PsaKinetics result = analyse(PROSTATECTOMY, value(100, 0.05), value(200, 0.2), value(300, 0.4));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.BELOW_MINIMUM_VALUE);
    }

    @Test
    void shouldReportValuesTooCloseWhenEnoughValuesRemainAfterDroppingOneUnderPointOne() {
        // 0.05 is left out, 0.2 / 0.3 / 0.4 remain (3, enough) but day 230 is 70 days (2.30 months)
        // before day 300 and day 200 only 30 days before day 230: 2 spaced values. What failed is
        // the spacing, not the minimum value.
        PsaKinetics result = analyse(PROSTATECTOMY, value(100, 0.05), value(200, 0.2), value(230, 0.3),
                value(300, 0.4));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.VALUES_TOO_CLOSE);
    }

    @Test
    void shouldReportBelowMinimumValueBeforeValuesTooCloseWhenBothApply() {
        // The README example: prostatectomy 2023-02-10, then 0.01 on 2023-04-01 (day 50, 7.1 weeks),
        // 0.21 on 2025-01-10 (day 700) and 0.27 on 2025-02-12 (day 733). Three values (enough), but
        // 0.01 is below 0.1 and leaves two: BELOW_MINIMUM_VALUE, the first check that leaves fewer
        // than 3 (spacing is checked among values >= 0.1; 33 days apart, they would also fail it).
        PsaKinetics result = analyse(PROSTATECTOMY, value(50, 0.01), value(700, 0.21), value(733, 0.27));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.BELOW_MINIMUM_VALUE);
    }

    @Test
    void shouldReportNonPositiveSlopeWhenTheLastRiseDoesNotOutweighTheFall() {
        // ln 0.9, ln 0.5, ln 0.3, ln 0.35 = -0.105, -0.693, -1.204, -1.050 at x = -1.5, -0.5, 0.5, 1.5
        // (100-day units): sum of x·y = 0.158 + 0.347 - 0.602 - 1.575 = -1.672 < 0.
        PsaKinetics result = analyse(PROSTATECTOMY, value(100, 0.9), value(200, 0.5), value(300, 0.3),
                value(400, 0.35));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.NON_POSITIVE_SLOPE);
        assertThat(result.getPsaDoublingTimeMonths()).isNull();
        assertThat(result.isRising()).isTrue();
    }

    @Test
    void shouldNotCalculatePsadtAfterRadiotherapy() {
        PsaKinetics result = analyse(RADIOTHERAPY, value(100, 0.1), value(161, 0.15), value(222, 0.2));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.NOT_AFTER_PROSTATECTOMY);
        assertThat(result.getPsaDoublingTimeMonths()).isNull();
    }

    @Test
    void shouldFindTheNadirAfterRadiotherapy() {
        PsaKinetics result = analyse(RADIOTHERAPY, value(-30, 12.0), value(90, 4.0), value(180, 1.5),
                value(365, 0.6), value(540, 0.4), value(730, 0.9), value(900, 1.7));

        assertThat(result.getNadir()).isEqualTo(0.4);
        assertThat(result.getNadirDate()).isEqualTo(day(540));
        assertThat(result.getLatestValue()).isEqualTo(1.7);
        assertThat(result.getLatestDate()).isEqualTo(day(900));
        assertThat(result.isRising()).isTrue();
        assertThat(result.getConsecutiveRisesAtEnd()).isEqualTo(2);
    }

    @Test
    void shouldDateATiedNadirWhenFirstReached() {
        PsaKinetics result = analyse(PROSTATECTOMY, value(60, 0.01), value(150, 0.01), value(240, 0.02));

        assertThat(result.getNadir()).isEqualTo(0.01);
        assertThat(result.getNadirDate()).isEqualTo(day(60));
    }

    @Test
    void shouldIgnorePreTreatmentValuesForNadirAndRises() {
        // Neoadjuvant hormone therapy: 10.0 then 0.2 before radiotherapy, 0.4 / 0.3 / 0.6 after.
        // With the pre-treatment values the nadir would be 0.2 and there would be 2 rises at the end.
        PsaKinetics result = analyse(RADIOTHERAPY, value(-120, 10.0), value(-10, 0.2), value(200, 0.4),
                value(400, 0.3), value(600, 0.6));

        assertThat(result.getNadir()).isEqualTo(0.3);
        assertThat(result.getNadirDate()).isEqualTo(day(400));
        assertThat(result.getConsecutiveRisesAtEnd()).isEqualTo(1);
        assertThat(result.getValueCount()).isEqualTo(5);
        assertThat(result.getPostTreatmentValueCount()).isEqualTo(3);
        // -10 days = -1.4286 weeks = -0.3285 months: kept in the series, before the treatment.
        assertThat(result.getSeries().get(1).weeksAfterTreatment()).isCloseTo(-10 / 7.0, EXACT);
        assertThat(result.getSeries().get(1).monthsAfterTreatment()).isCloseTo(-10 / DAYS_PER_MONTH, EXACT);
    }

    @Test
    void shouldIgnorePreOperativeValuesForPsadt() {
        // With the pre-operative 6.0 and 9.0 there would be four values; after surgery only two.
        PsaKinetics result = analyse(PROSTATECTOMY, value(-60, 6.0), value(-10, 9.0), value(100, 0.2),
                value(200, 0.4));

        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.TOO_FEW_VALUES);
        assertThat(result.getNadir()).isEqualTo(0.2);
    }

    @Test
    void shouldReportNoLatestValueWhenAllValuesPrecedeTheTreatment() {
        PsaKinetics result = analyse(PROSTATECTOMY, value(-60, 6.0), value(-10, 9.0));

        assertThat(result.getValueCount()).isEqualTo(2);
        assertThat(result.getPostTreatmentValueCount()).isZero();
        assertThat(result.getLatestValue()).isNull();
        assertThat(result.getNadir()).isNull();
    }

    @Test
    void shouldSortUnsortedInputByDate() {
        // The minimum-level series given in reverse: same result as in date order.
        PsaKinetics result = analyse(PROSTATECTOMY, value(222, 0.2), value(100, 0.1), value(161, 0.15));

        assertThat(result.getSeries()).extracting(SeriesPoint::date).containsExactly(day(100), day(161), day(222));
        assertThat(result.getSeries()).extracting(SeriesPoint::value).containsExactly(0.1, 0.15, 0.2);
        // Day 100: 100 / 7 = 14.2857 weeks, 100 / 30.4375 = 3.2854 months.
        assertThat(result.getSeries().get(0).weeksAfterTreatment()).isCloseTo(100 / 7.0, EXACT);
        assertThat(result.getSeries().get(0).monthsAfterTreatment()).isCloseTo(100 / DAYS_PER_MONTH, EXACT);
        assertThat(result.getLatestValue()).isEqualTo(0.2);
        assertThat(result.getPsaDoublingTimeMonths()).isCloseTo(122 / DAYS_PER_MONTH, EXACT);
    }

    @Test
    void shouldIgnoreValuesAfterTheAnalysisDate() {
        // The value at day 400 is after as-of (day 300) and must change nothing.
        PsaKinetics result = analyse(PROSTATECTOMY, day(300), value(100, 0.1), value(161, 0.15),
                value(222, 0.2), value(400, 0.05));

        assertThat(result.getSeries()).hasSize(3);
        assertThat(result.getLatestValue()).isEqualTo(0.2);
        assertThat(result.getNadir()).isEqualTo(0.1);
        assertThat(result.getPsadtReason()).isEqualTo(PsadtReason.CALCULATED);
    }

    @Test
    void shouldCountOnlyTheRisesAfterTheLastFall() {
        PsaKinetics result = analyse(PROSTATECTOMY, value(100, 0.1), value(200, 0.3), value(300, 0.2),
                value(400, 0.25), value(500, 0.3), value(600, 0.4));

        assertThat(result.getConsecutiveRisesAtEnd()).isEqualTo(3);
        assertThat(result.isRising()).isTrue();
    }

    @Test
    void shouldNotCountAnUnchangedValueAsARise() {
        PsaKinetics result = analyse(PROSTATECTOMY, value(100, 0.2), value(200, 0.3), value(300, 0.3),
                value(400, 0.4));

        assertThat(result.getConsecutiveRisesAtEnd()).isEqualTo(1);
    }

    private static PsaKinetics analyse(PrimaryTreatment treatment, PsaValue... values) {
        return analyse(treatment, AS_OF, values);
    }

    private static PsaKinetics analyse(PrimaryTreatment treatment, LocalDate asOf, PsaValue... values) {
        PsaKineticsUnit unit = new PsaKineticsUnit();
        unit.getContext().add(new TreatmentContext(treatment, TREATMENT, asOf));
        List.of(values).forEach(unit.getPsaValues()::add);
        try (RuleUnitInstance<PsaKineticsUnit> instance = RuleUnitProvider.get().createRuleUnitInstance(unit)) {
            instance.fire();
        }
        return unit.getResult();
    }

    private static PsaValue value(int daysAfterTreatment, double psa) {
        return new PsaValue(day(daysAfterTreatment), psa);
    }

    private static LocalDate day(int daysAfterTreatment) {
        return TREATMENT.plusDays(daysAfterTreatment);
    }
}
