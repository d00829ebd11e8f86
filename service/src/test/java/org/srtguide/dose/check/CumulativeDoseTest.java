package org.srtguide.dose.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.srtguide.dose.check.ConstraintResult.Basis;
import org.srtguide.dose.check.ConstraintResult.Kind;
import org.srtguide.dose.check.PriorCourse.PriorDose;
import org.srtguide.dose.constraints.ConstraintSet;
import org.srtguide.dose.dvh.Metric;

import static org.srtguide.dose.check.DoseCheckerTest.REGISTRY;
import static org.srtguide.dose.check.DoseCheckerTest.SBRT_PLAN;
import static org.srtguide.dose.check.DoseCheckerTest.TIERED;
import static org.srtguide.dose.check.DoseCheckerTest.cc;
import static org.srtguide.dose.check.DoseCheckerTest.row;

/** Cumulative doses with earlier courses: EQD2 sums, recovery discounts, refusals; fixtures in {@link DoseCheckerTest}. */
class CumulativeDoseTest {
    final DoseChecker checker = new DoseChecker(List.of(), 1.0);

    @Test
    void shouldSumPriorCourseEqd2ForNearMaxMetrics() {
        PriorCourse primary = new PriorCourse("primary RT 2019", 74, 37, 72.0,
                List.of(new PriorDose("rectum", Metric.parse("D0.03cc"), 75.1)));
        CheckReport report = checker.check(TIERED, new Plan(30, 5, SBRT_PLAN), List.of(primary), CumulativePolicy.PLAIN_SUM);
        ConstraintResult cum = row(report, "test-rectum-d0p03cc/cumulative");
        double current = 31 * (31 / 5.0 + 3) / 5;   // 57.04
        double prior = 75.1 * (75.1 / 37 + 3) / 5;  // 75.55
        assertThat(cum.kind()).isEqualTo(Kind.CUMULATIVE);
        assertThat(cum.basis()).isEqualTo(Basis.EQD2);
        assertThat(cum.value()).isCloseTo(current + prior, within(1e-9));
        assertThat(cum.convertedLimit()).isCloseTo(54.0, within(1e-9));            // 30 Gy in 5 fx
        assertThat(cum.convertedAcceptableLimit()).isCloseTo(60.16, within(1e-9)); // 32 Gy in 5 fx
        assertThat(cum.verdict()).isEqualTo(Verdict.DEVIATION_UNACCEPTABLE);
        assertThat(cum.cumulative().recoveryDiscountApplied()).isFalse();
        assertThat(cum.reason()).endsWith("plain sum, no recovery assumed");
        assertThat(report.results()).noneMatch(r -> r.constraintId().equals("test-rectum-v20/cumulative"));
    }

    @Test
    void shouldFlagARecoveryDiscountWhenTheIntervalIsLongEnough() {
        PriorCourse primary = new PriorCourse("primary", 74, 37, 72.0, List.of(new PriorDose("Rectum", Metric.parse("D0.03cc"), 75.1)));
        CumulativePolicy discount = new CumulativePolicy(CumulativePolicy.Mode.RECOVERY_DISCOUNT, 0.25, 6.0);
        ConstraintResult cum = row(checker.check(TIERED, new Plan(30, 5, SBRT_PLAN), List.of(primary), discount),
                "test-rectum-d0p03cc/cumulative");
        double prior = 75.1 * (75.1 / 37 + 3) / 5;
        assertThat(cum.cumulative().priorCourses().get(0).countedEqd2Gy()).isCloseTo(0.75 * prior, within(1e-9));
        assertThat(cum.cumulative().recoveryDiscountApplied()).isTrue();
        assertThat(cum.reason()).contains("RECOVERY DISCOUNT APPLIED");
    }

    @Test
    void shouldNotDiscountACourseInsideTheMinimumInterval() {
        PriorCourse recent = new PriorCourse("recent", 74, 37, 3.0, List.of(new PriorDose("Rectum", Metric.parse("D0.03cc"), 75.1)));
        CumulativePolicy discount = new CumulativePolicy(CumulativePolicy.Mode.RECOVERY_DISCOUNT, 0.25, 6.0);
        ConstraintResult cum = row(checker.check(TIERED, new Plan(30, 5, SBRT_PLAN), List.of(recent), discount),
                "test-rectum-d0p03cc/cumulative");
        assertThat(cum.cumulative().recoveryDiscountApplied()).isFalse();
        assertThat(cum.cumulative().priorCourses().get(0).discountFraction()).isZero();
    }

    @Test
    void shouldNotEvaluateTheCumulativeDoseWhenAPriorCourseGivesAnotherMetric() {
        PriorCourse primary = new PriorCourse("primary", 74, 37, null, List.of(new PriorDose("Rectum", Metric.parse("D1cc"), 70)));
        ConstraintResult cum = row(checker.check(TIERED, new Plan(30, 5, SBRT_PLAN), List.of(primary), CumulativePolicy.PLAIN_SUM),
                "test-rectum-d0p03cc/cumulative");
        assertThat(cum.verdict()).isEqualTo(Verdict.NOT_EVALUABLE);
        assertThat(cum.reason()).isEqualTo("prior course 'primary' gives Rectum but not as D0.03cc");
    }

    @Test
    void shouldRejectARecoveryDiscountWithoutItsNumbers() {
        assertThatThrownBy(() -> new CumulativePolicy(CumulativePolicy.Mode.RECOVERY_DISCOUNT, null, 6.0))
                .hasMessage("a recovery discount needs discountFraction between 0 and 1 (exclusive)");
        assertThatThrownBy(() -> new CumulativePolicy(CumulativePolicy.Mode.RECOVERY_DISCOUNT, 0.2, null))
                .hasMessage("a recovery discount needs minimumIntervalMonths ≥ 0");
    }

    @Test
    void shouldAddACumulativeRowToANearMaxLimitInPercentOfThePrescription() {
        ConstraintSet uw = REGISTRY.find("UW-PROSTATE-FOSSA-NODES-HYPO-25FX").orElseThrow();
        // urethra 5 cm³, D0.1cc = 60 Gy = 96 % of 62.5 Gy
        List<StructureDvh> urethra = List.of(cc("Urethra", new double[] {0, 50, 60, 61}, new double[] {5, 2, 0.1, 0}));
        PriorCourse primary = new PriorCourse("primary RT 2016", 74, 37, 96.0,
                List.of(new PriorDose("Urethra", Metric.parse("D0.1cc"), 75)));
        CheckReport report = checker.check(uw, new Plan(62.5, 25, urethra), List.of(primary), CumulativePolicy.PLAIN_SUM);
        assertThat(row(report, "uw-hypo-urethra-d0p1cc").value()).isCloseTo(96.0, within(1e-9));
        ConstraintResult cum = row(report, "uw-hypo-urethra-d0p1cc/cumulative");
        double current = 60 * (60 / 25.0 + 3) / 5;  // 64.80 Gy EQD2
        double prior = 75 * (75 / 37.0 + 3) / 5;    // 75.41 Gy EQD2
        assertThat(cum.unit()).isEqualTo("Gy");
        assertThat(cum.value()).isCloseTo(current + prior, within(1e-9));
        // the limit, 100 % of this plan's 62.5 Gy in 25 fx: 62.5 × (2.5 + 3)/5 = 68.75 Gy EQD2
        assertThat(cum.convertedLimit()).isCloseTo(68.75, within(1e-9));
        assertThat(cum.verdict()).isEqualTo(Verdict.DEVIATION_UNACCEPTABLE);
        assertThat(cum.reason()).contains("(100 % of this plan's 62.5 Gy in 25 fractions)");
    }

    @Test
    void shouldNotGuessBetweenTwoPriorCourseStructuresForOneRow() {
        PriorCourse primary = new PriorCourse("primary", 74, 37, null, List.of(new PriorDose("Rectum", Metric.parse("D0.03cc"), 70),
                new PriorDose("Rect", Metric.parse("D0.03cc"), 75)));
        ConstraintResult cum = row(checker.check(TIERED, new Plan(30, 5, SBRT_PLAN), List.of(primary), CumulativePolicy.PLAIN_SUM),
                "test-rectum-d0p03cc/cumulative");
        assertThat(cum.verdict()).isEqualTo(Verdict.NOT_EVALUABLE);
        assertThat(cum.reason()).isEqualTo("ambiguous: prior course 'primary' gives D0.03cc for [Rectum, Rect] for structure 'Rectum'");
    }
}
