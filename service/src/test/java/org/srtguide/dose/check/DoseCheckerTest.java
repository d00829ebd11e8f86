package org.srtguide.dose.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.srtguide.dose.check.ConstraintResult.Basis;
import org.srtguide.dose.check.ConstraintResult.Kind;
import org.srtguide.dose.constraints.ConstraintSet;
import org.srtguide.dose.constraints.ConstraintSetRegistry;
import org.srtguide.dose.dvh.Dvh;
import org.srtguide.dose.dvh.DvhType;
import org.srtguide.dose.dvh.VolumeUnit;
import org.srtguide.dose.lq.Lq;
import org.srtguide.dose.spi.DoseCheckPlugin;
import org.srtguide.dose.spi.PluginFinding;

class DoseCheckerTest {
    static final ConstraintSetRegistry REGISTRY =
            ConstraintSetRegistry.load(Optional.of(Path.of("src/test/resources/dose/site-sets")));
    static final ConstraintSet RTOG = REGISTRY.find("RTOG-0534-PROSTATE-BED").orElseThrow();
    static final ConstraintSet TG101 = REGISTRY.find("AAPM-TG101-5FX-PELVIS").orElseThrow();
    /** Test fixture set (5 fx reference) with ideal and acceptable limits. */
    static final ConstraintSet TIERED = REGISTRY.find("TEST-SITE-TIERED").orElseThrow();

    final DoseChecker checker = new DoseChecker(List.of(), 1.0);

    static StructureDvh pct(String name, double[] dose, double[] pct) {
        return new StructureDvh(name, Dvh.of(DvhType.CUMULATIVE, VolumeUnit.PERCENT, dose, pct, null));
    }

    static StructureDvh cc(String name, double[] dose, double[] cc) {
        return new StructureDvh(name, Dvh.of(DvhType.CUMULATIVE, VolumeUnit.CC, dose, cc, null));
    }

    /** Rectum: V40 = 50 %, V65 = 20 %. Bladder minus CTV: V40 = 75 %, V65 = 55 %. */
    static final List<StructureDvh> BED_PLAN = List.of(
            pct("RECTUM", new double[] {0, 40, 65, 70}, new double[] {100, 50, 20, 0}),
            pct("Bladder_CTV", new double[] {0, 40, 65, 70}, new double[] {100, 75, 55, 0}));

    /** Rectum 50 cm³ with D0.03cc = 31 Gy and V20Gy = 20 %; PTV V28.5Gy = 96 %. */
    static final List<StructureDvh> SBRT_PLAN = List.of(
            cc("Rectum", new double[] {0, 20, 31, 31.03}, new double[] {50, 10, 0.03, 0}),
            pct("PTV", new double[] {0, 28, 29, 31}, new double[] {100, 100, 92, 0}));

    static ConstraintResult row(CheckReport report, String id) {
        return report.results().stream().filter(r -> r.constraintId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void shouldPassAndFailRowsAtTheReferenceFractionation() {
        CheckReport report = checker.check(RTOG, new Plan(64.8, 36, BED_PLAN), List.of(), CumulativePolicy.PLAIN_SUM);
        assertThat(report.converted()).isFalse();
        assertThat(report.results()).extracting(ConstraintResult::constraintId, r -> Math.round(r.value() * 1e9) / 1e9, ConstraintResult::verdict)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("rtog0534-rectum-v65", 20.0, Verdict.PER_PROTOCOL),
                        org.assertj.core.groups.Tuple.tuple("rtog0534-rectum-v40", 50.0, Verdict.PER_PROTOCOL),
                        org.assertj.core.groups.Tuple.tuple("rtog0534-bladder-ctv-v65", 55.0, Verdict.DEVIATION_UNACCEPTABLE),
                        org.assertj.core.groups.Tuple.tuple("rtog0534-bladder-ctv-v40", 75.0, Verdict.DEVIATION_UNACCEPTABLE));
        assertThat(report.summary()).isEqualTo(new CheckReport.Summary(2, 0, 2, 0, 0));
        assertThat(row(report, "rtog0534-rectum-v65").matchedStructure()).isEqualTo("RECTUM");
        assertThat(row(report, "rtog0534-rectum-v65").convertedLimit()).isNull();
    }

    @Test
    void shouldGiveTheMiddleTierBetweenIdealAndAcceptableLimits() {
        CheckReport report = checker.check(TIERED, new Plan(30, 5, SBRT_PLAN), List.of(), CumulativePolicy.PLAIN_SUM);
        ConstraintResult nearMax = row(report, "test-rectum-d0p03cc");
        assertThat(nearMax.value()).isCloseTo(31.0, within(1e-9));
        assertThat(nearMax.verdict()).isEqualTo(Verdict.VARIATION_ACCEPTABLE);
        assertThat(nearMax.acceptableLimit()).isEqualTo(32.0);
    }

    @Test
    void shouldApplyAStrictComparatorAtEquality() {
        CheckReport report = checker.check(TIERED, new Plan(30, 5, SBRT_PLAN), List.of(), CumulativePolicy.PLAIN_SUM);
        ConstraintResult v20 = row(report, "test-rectum-v20");
        assertThat(v20.value()).isCloseTo(20.0, within(1e-9));
        assertThat(v20.verdict()).isEqualTo(Verdict.VARIATION_ACCEPTABLE);
    }

    @Test
    void shouldReadDoseLevelsInPercentOfThePrescription() {
        CheckReport report = checker.check(TIERED, new Plan(30, 5, SBRT_PLAN), List.of(), CumulativePolicy.PLAIN_SUM);
        ConstraintResult v95 = row(report, "test-ptv-v95");
        assertThat(v95.evaluatedMetric()).isEqualTo("V28.50Gy");
        assertThat(v95.value()).isCloseTo(96.0, within(1e-9));
        assertThat(v95.verdict()).isEqualTo(Verdict.PER_PROTOCOL);
    }

    @Test
    void shouldNotEvaluateAConstraintWhoseStructureIsMissing() {
        CheckReport report = checker.check(TIERED, new Plan(30, 5, SBRT_PLAN), List.of(), CumulativePolicy.PLAIN_SUM);
        ConstraintResult bladder = row(report, "test-bladder-dmean");
        assertThat(bladder.verdict()).isEqualTo(Verdict.NOT_EVALUABLE);
        assertThat(bladder.value()).isNull();
        assertThat(bladder.reason()).isEqualTo("structure 'Bladder' is not in the plan (names tried: [Bladder])");
    }

    @Test
    void shouldNotEvaluateWhenTwoPlanStructuresMatchOneConstraint() {
        List<StructureDvh> twoRectums = List.of(BED_PLAN.get(0), pct("Rectum", new double[] {0, 70}, new double[] {100, 0}));
        CheckReport report = checker.check(RTOG, new Plan(64.8, 36, twoRectums), List.of(), CumulativePolicy.PLAIN_SUM);
        assertThat(row(report, "rtog0534-rectum-v65").verdict()).isEqualTo(Verdict.NOT_EVALUABLE);
        assertThat(row(report, "rtog0534-rectum-v65").reason()).startsWith("ambiguous: the plan has [RECTUM, Rectum]");
    }

    @Test
    void shouldNotEvaluateAMetricTheDvhCannotGive() {
        List<StructureDvh> small = List.of(cc("Rectum", new double[] {0, 20, 30}, new double[] {15, 5, 0}));
        CheckReport report = checker.check(TG101, new Plan(36.25, 5, small), List.of(), CumulativePolicy.PLAIN_SUM);
        ConstraintResult d20cc = row(report, "tg101-rectum-d20cc");
        assertThat(d20cc.verdict()).isEqualTo(Verdict.NOT_EVALUABLE);
        assertThat(d20cc.reason()).isEqualTo("the requested volume 20 cm³ exceeds the structure volume of 15 cm³");
    }

    @Test
    void shouldConvertTheDoseLevelOfAVxVoxelByVoxelFromTheReferenceCourse() {
        CheckReport report = checker.check(RTOG, new Plan(62.5, 25, BED_PLAN), List.of(), CumulativePolicy.PLAIN_SUM);
        ConstraintResult v65 = row(report, "rtog0534-rectum-v65");
        assertThat(report.converted()).isTrue();
        // 65 Gy received in 39 fx: BED = 65(1 + 65/117) = 101.11; in 25 fx x = 37.5(√(1 + 404.44/75) − 1) = 57.31 Gy
        // (the superseded "1.8 Gy per fraction" convention gave the more lenient 58.45 Gy)
        assertThat(v65.convertedLimit()).isCloseTo(57.31, within(0.005));
        assertThat(v65.evaluatedMetric()).isEqualTo("V57.31Gy");
        assertThat(v65.limit()).isEqualTo(35.0);
        // 20 % at 65 Gy … 50 % at 40 Gy: the converted level reads higher on the curve
        assertThat(v65.value()).isCloseTo(20 + (65 - v65.convertedLimit()) / 25 * 30, within(1e-9));
        assertThat(v65.referenceCourse())
                .isEqualTo("reference course 70.2 Gy/39 fx, voxel by voxel (the most conservative of 64.8 Gy/36 fx, 70.2 Gy/39 fx)");
        assertThat(v65.reason()).isEqualTo("dose level 65 Gy converted to 57.31 Gy in 25 fractions (LQ, α/β 3 Gy, "
                + v65.referenceCourse() + "); volume limit unchanged");
        // 40 Gy: BED = 40(1 + 40/117) = 53.68 → 36.20 Gy in 25 fx (was 41.28 Gy)
        assertThat(row(report, "rtog0534-rectum-v40").convertedLimit()).isCloseTo(36.20, within(0.005));
    }

    @Test
    void shouldNotConvertAtAFractionNumberOfTheSetsOwnCourses() {
        CheckReport report = checker.check(RTOG, new Plan(66.6, 37, BED_PLAN), List.of(), CumulativePolicy.PLAIN_SUM);
        assertThat(report.converted()).isFalse();
        assertThat(row(report, "rtog0534-rectum-v65").referenceCourse()).isNull();
        assertThat(row(report, "rtog0534-rectum-v65").evaluatedMetric()).isEqualTo("V65Gy");
    }

    @Test
    void shouldConvertWithTheSupersededConventionOnlyWhenASetChoosesIt() {
        ConstraintSet legacy = REGISTRY.find("TEST-SITE-LEGACY").orElseThrow();
        ConstraintResult v65 = row(checker.check(legacy, new Plan(62.5, 25, BED_PLAN), List.of(), CumulativePolicy.PLAIN_SUM),
                "legacy-rectum-v65");
        // 65 Gy "at 2 Gy per fraction": BED = 65 × 5/3 = 108.33 → 60.13 Gy in 25 fx
        assertThat(v65.convertedLimit()).isCloseTo(60.13, within(0.005));
        assertThat(v65.referenceCourse()).contains("superseded prescription-dose-per-fraction convention");
    }

    @Test
    void shouldConvertTheDoseLimitOfADoseMetricWhenTheFractionNumberDiffers() {
        List<StructureDvh> rectum = List.of(cc("Rectum", new double[] {0, 20, 50, 60}, new double[] {80, 30, 0.1, 0}));
        CheckReport report = checker.check(TG101, new Plan(60, 20, rectum), List.of(), CumulativePolicy.PLAIN_SUM);
        ConstraintResult nearMax = row(report, "tg101-rectum-d0p035cc");
        double expected = Lq.isoeffectiveTotalDose(Lq.bed(38, 5, 3), 20, 3);
        assertThat(nearMax.convertedLimit()).isCloseTo(expected, within(1e-9));
        assertThat(nearMax.limit()).isEqualTo(38.0);
        assertThat(nearMax.verdict()).isEqualTo(nearMax.value() <= expected ? Verdict.PER_PROTOCOL : Verdict.DEVIATION_UNACCEPTABLE);
    }

    @Test
    void shouldCompareAConvertedMeanInEqd2() {
        List<StructureDvh> bladder = List.of(pct("Bladder", new double[] {0, 20}, new double[] {100, 0}));
        CheckReport report = checker.check(TIERED, new Plan(60, 20, bladder), List.of(), CumulativePolicy.PLAIN_SUM);
        ConstraintResult mean = row(report, "test-bladder-dmean");
        // dose uniform on [0, 20] Gy in 20 fx, α/β 3: mean EQD2 = (1/20)∫(D²/20 + 3D)/5 dD = (133.33 + 600)/100 = 7.333 Gy
        // (averaging a straight line to EQD2(20 Gy) = 16 Gy would give 8 Gy)
        assertThat(mean.basis()).isEqualTo(Basis.EQD2);
        assertThat(mean.value()).isCloseTo(22.0 / 3, within(1e-9));
        // the limit, 20 Gy in 5 fx, is 28 Gy EQD2
        assertThat(mean.convertedLimit()).isCloseTo(28.0, within(1e-9));
        assertThat(mean.verdict()).isEqualTo(Verdict.PER_PROTOCOL);
    }

    @Test
    void shouldAppendPluginFindings() {
        DoseCheckPlugin plugin = new DoseCheckPlugin() {
            @Override
            public String id() {
                return "count";
            }

            @Override
            public List<PluginFinding> evaluate(Plan plan, ConstraintSet set) {
                return List.of(new PluginFinding("structures", null, "count", "n", (double) plan.structures().size(), null,
                        Verdict.PER_PROTOCOL, null, null));
            }
        };
        CheckReport report = new DoseChecker(List.of(plugin), 1.0).check(RTOG, new Plan(64.8, 36, BED_PLAN), List.of(), CumulativePolicy.PLAIN_SUM);
        ConstraintResult found = row(report, "count:structures");
        assertThat(found.kind()).isEqualTo(Kind.PLUGIN);
        assertThat(found.value()).isEqualTo(2.0);
        assertThat(report.summary().perProtocol()).isEqualTo(3);
    }

    @Test
    void shouldReportAFailingPluginAsNotEvaluable() {
        DoseCheckPlugin broken = new DoseCheckPlugin() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public List<PluginFinding> evaluate(Plan plan, ConstraintSet set) {
                throw new IllegalStateException("no model");
            }
        };
        CheckReport report = new DoseChecker(List.of(broken), 1.0).check(RTOG, new Plan(64.8, 36, BED_PLAN), List.of(), CumulativePolicy.PLAIN_SUM);
        ConstraintResult failed = row(report, "broken:error");
        assertThat(failed.verdict()).isEqualTo(Verdict.NOT_EVALUABLE);
        assertThat(failed.reason()).isEqualTo("plugin 'broken' failed: no model");
    }

    @Test
    void shouldUseQuantecUnchangedOnlyForPlansOfItsOwnFractionNumbers() {
        ConstraintSet quantec = REGISTRY.find("QUANTEC-PELVIS-CONVENTIONAL").orElseThrow();
        assertThat(checker.check(quantec, new Plan(78, 39, BED_PLAN), List.of(), CumulativePolicy.PLAIN_SUM).converted()).isFalse();
        assertThat(checker.check(quantec, new Plan(79.2, 44, BED_PLAN), List.of(), CumulativePolicy.PLAIN_SUM).converted()).isFalse();
        // a conventional salvage course of 37 fx has hotter voxels per fraction than the 44-fx reference
        assertThat(checker.check(quantec, new Plan(66.6, 37, BED_PLAN), List.of(), CumulativePolicy.PLAIN_SUM).converted()).isTrue();
        assertThat(checker.check(quantec, new Plan(70, 28, BED_PLAN), List.of(), CumulativePolicy.PLAIN_SUM).converted()).isTrue();
    }

    @Test
    void shouldEvaluateTg101NearMaxRowsOver0035CcNotAtTheDvhMaximum() {
        // bladder wall 40 cm³: 0.035 cm³ receive ≥ 37 Gy, the last bin reaches 45 Gy
        List<StructureDvh> wall = List.of(cc("BladderWall", new double[] {0, 30, 37, 45}, new double[] {40, 5, 0.035, 0}));
        CheckReport report = checker.check(TG101, new Plan(36.25, 5, wall), List.of(), CumulativePolicy.PLAIN_SUM);
        ConstraintResult nearMax = row(report, "tg101-bladderwall-d0p035cc");
        assertThat(nearMax.value()).isCloseTo(37.0, within(1e-9));
        assertThat(nearMax.verdict()).isEqualTo(Verdict.PER_PROTOCOL); // ≤ 38 Gy; a Dmax reading (45 Gy) would fail
    }

    @Test
    void shouldNotTakeAFemoralHeadForTheFemurOrAPrvForTheOrgan() {
        ConstraintSet nrg = REGISTRY.find("NRG-PELVIC-NODES-CONVENTIONAL").orElseThrow();
        ConstraintSet uw = REGISTRY.find("UW-PROSTATE-FOSSA-NODES-HYPO-25FX").orElseThrow();
        List<StructureDvh> plan = List.of(cc("Femur_Head_L", new double[] {0, 30, 40}, new double[] {50, 1, 0}),
                cc("Urethra_PRV", new double[] {0, 60, 64}, new double[] {5, 1, 0}));
        ConstraintResult femur = row(checker.check(nrg, new Plan(79.2, 44, plan), List.of(), CumulativePolicy.PLAIN_SUM),
                "nrg-conv-femur-l-v50gy");
        assertThat(femur.verdict()).isEqualTo(Verdict.NOT_EVALUABLE);
        assertThat(femur.reason()).isEqualTo("structure 'Femur_L' is not in the plan (names tried: [Femur_L])");
        CheckReport uwReport = checker.check(uw, new Plan(62.5, 25, plan), List.of(), CumulativePolicy.PLAIN_SUM);
        assertThat(row(uwReport, "uw-hypo-femur-head-l-d0p1cc").matchedStructure()).isEqualTo("Femur_Head_L");
        assertThat(row(uwReport, "uw-hypo-urethra-d0p1cc").verdict()).isEqualTo(Verdict.NOT_EVALUABLE);
    }

    @Test
    void shouldReportTwoCandidateStructuresForOneRowByName() {
        List<StructureDvh> two = List.of(pct("Bladder-CTV", new double[] {0, 70}, new double[] {100, 0}),
                pct("Bladder minus CTV", new double[] {0, 70}, new double[] {100, 0}));
        ConstraintResult v65 = row(checker.check(RTOG, new Plan(64.8, 36, two), List.of(), CumulativePolicy.PLAIN_SUM),
                "rtog0534-bladder-ctv-v65");
        assertThat(v65.verdict()).isEqualTo(Verdict.NOT_EVALUABLE);
        assertThat(v65.reason()).isEqualTo("ambiguous: the plan has [Bladder-CTV, Bladder minus CTV] for structure 'Bladder-CTV'");
    }
}
