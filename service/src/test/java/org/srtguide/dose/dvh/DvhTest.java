package org.srtguide.dose.dvh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Hand-computed values. The main curve (50 cm³): 0 Gy 100 %, 10 Gy 80 %, 20 Gy 80 % (a plateau),
 * 30 Gy 30 %, 40 Gy 0 %.
 */
class DvhTest {
    static final double[] DOSE = {0, 10, 20, 30, 40};
    static final double[] PCT = {100, 80, 80, 30, 0};
    final Dvh dvh = Dvh.of(DvhType.CUMULATIVE, VolumeUnit.PERCENT, DOSE, PCT, 50.0);

    @Test
    void shouldReadVxAtAPoint() {
        assertThat(dvh.volumeAtDose(10, VolumeUnit.PERCENT).value()).isEqualTo(80.0);
    }

    @Test
    void shouldInterpolateVxLinearlyBetweenPoints() {
        // halfway between 80 % at 20 Gy and 30 % at 30 Gy
        assertThat(dvh.volumeAtDose(25, VolumeUnit.PERCENT).value()).isCloseTo(55.0, within(1e-9));
        assertThat(dvh.volumeAtDose(25, VolumeUnit.CC).value()).isCloseTo(27.5, within(1e-9));
    }

    @Test
    void shouldReadVxOnAPlateau() {
        assertThat(dvh.volumeAtDose(15, VolumeUnit.PERCENT).value()).isCloseTo(80.0, within(1e-9));
    }

    @Test
    void shouldReturnWholeVolumeAtTheFirstPointAndZeroAtAndBeyondTheEnd() {
        assertThat(dvh.volumeAtDose(0, VolumeUnit.PERCENT).value()).isEqualTo(100.0);
        assertThat(dvh.volumeAtDose(40, VolumeUnit.PERCENT).value()).isEqualTo(0.0);
        assertThat(dvh.volumeAtDose(45, VolumeUnit.PERCENT).value()).isEqualTo(0.0);
    }

    @Test
    void shouldInterpolateDxLinearly() {
        // 90 %: between 100 % at 0 Gy and 80 % at 10 Gy
        assertThat(dvh.doseAtVolume(90, VolumeUnit.PERCENT).value()).isCloseTo(5.0, within(1e-9));
        assertThat(dvh.doseAtVolume(55, VolumeUnit.PERCENT).value()).isCloseTo(25.0, within(1e-9));
    }

    @Test
    void shouldTakeTheHigherDoseOfAPlateauForDx() {
        assertThat(dvh.doseAtVolume(80, VolumeUnit.PERCENT).value()).isCloseTo(20.0, within(1e-9));
    }

    @Test
    void shouldReturnTheFirstPointForD100() {
        assertThat(dvh.doseAtVolume(100, VolumeUnit.PERCENT).value()).isEqualTo(0.0);
        assertThat(dvh.doseAtVolume(50, VolumeUnit.CC).value()).isEqualTo(0.0);
    }

    @Test
    void shouldReadANearMaxDoseNearTheEnd() {
        // 0.03 cm³ = 0.06 % of 50 cm³: 30 + (30 - 0.06) / 30 × 10
        assertThat(dvh.doseAtVolume(0.03, VolumeUnit.CC).value()).isCloseTo(39.98, within(1e-9));
    }

    @Test
    void shouldReadDmaxWhereTheCurveReachesZero() {
        assertThat(dvh.maxDose().value()).isEqualTo(40.0);
    }

    @Test
    void shouldComputeDmeanAsTheAreaUnderTheCurve() {
        // 9 + 8 + 5.5 + 1.5 = 24 Gy
        assertThat(dvh.meanDose().value()).isCloseTo(24.0, within(1e-9));
    }

    @Test
    void shouldNotEvaluateDxForMoreVolumeThanTheStructureHas() {
        Dvh small = Dvh.of(DvhType.CUMULATIVE, VolumeUnit.CC, new double[] {0, 10, 20}, new double[] {1.5, 1.0, 0}, null);
        Reading d2cc = small.doseAtVolume(2, VolumeUnit.CC);
        assertThat(d2cc.evaluable()).isFalse();
        assertThat(d2cc.reason()).isEqualTo("the requested volume 2 cm³ exceeds the structure volume of 1.5 cm³");
    }

    @Test
    void shouldNotEvaluateVxBeyondATruncatedCurve() {
        Dvh truncated = Dvh.of(DvhType.CUMULATIVE, VolumeUnit.PERCENT, new double[] {0, 10, 20}, new double[] {100, 60, 40}, null);
        assertThat(truncated.volumeAtDose(30, VolumeUnit.PERCENT).reason())
                .isEqualTo("the DVH ends at 20 Gy with 40 % of the structure still above it");
    }

    @Test
    void shouldNotEvaluateDxBelowTheEndOfATruncatedCurve() {
        Dvh truncated = Dvh.of(DvhType.CUMULATIVE, VolumeUnit.PERCENT, new double[] {0, 10, 20}, new double[] {100, 60, 40}, null);
        assertThat(truncated.doseAtVolume(50, VolumeUnit.PERCENT).value()).isCloseTo(15.0, within(1e-9));
        assertThat(truncated.doseAtVolume(30, VolumeUnit.PERCENT).evaluable()).isFalse();
    }

    @Test
    void shouldNotEvaluateDmaxOrDmeanOfATruncatedCurve() {
        Dvh truncated = Dvh.of(DvhType.CUMULATIVE, VolumeUnit.PERCENT, new double[] {0, 10, 20}, new double[] {100, 60, 40}, null);
        assertThat(truncated.maxDose().evaluable()).isFalse();
        assertThat(truncated.meanDose().evaluable()).isFalse();
    }

    @Test
    void shouldNotEvaluateCcMetricsWithoutAStructureVolume() {
        Dvh noVolume = Dvh.of(DvhType.CUMULATIVE, VolumeUnit.PERCENT, DOSE, PCT, null);
        assertThat(noVolume.volumeAtDose(25, VolumeUnit.CC).evaluable()).isFalse();
        assertThat(noVolume.doseAtVolume(1, VolumeUnit.CC).evaluable()).isFalse();
        assertThat(noVolume.volumeAtDose(25, VolumeUnit.PERCENT).value()).isCloseTo(55.0, within(1e-9));
    }

    @Test
    void shouldTakeTheTotalOfACcDvhFromItsFirstPoint() {
        Dvh cc = Dvh.of(DvhType.CUMULATIVE, VolumeUnit.CC, DOSE, new double[] {50, 40, 40, 15, 0}, null);
        assertThat(cc.totalCc().getAsDouble()).isEqualTo(50.0);
        assertThat(cc.volumeAtDose(25, VolumeUnit.PERCENT).value()).isCloseTo(55.0, within(1e-9));
    }

    @Test
    void shouldConvertADifferentialDvhWithUpperBinEdges() {
        // bins (0,10] 2 cm³, (10,20] 3 cm³, (20,30] 5 cm³ → cumulative 10, 8, 5, 0 cm³ at 0, 10, 20, 30 Gy
        Dvh diff = Dvh.of(DvhType.DIFFERENTIAL, VolumeUnit.CC, new double[] {10, 20, 30}, new double[] {2, 3, 5}, null);
        assertThat(diff.totalCc().getAsDouble()).isEqualTo(10.0);
        assertThat(diff.volumeAtDose(15, VolumeUnit.CC).value()).isCloseTo(6.5, within(1e-9));
        assertThat(diff.maxDose().value()).isEqualTo(30.0);
        // Σ bin centre × volume / total = (5·2 + 15·3 + 25·5) / 10
        assertThat(diff.meanDose().value()).isCloseTo(18.0, within(1e-9));
    }

    @Test
    void shouldAverageANonLinearFunctionOfDoseBinByBin() {
        // half the volume uniform in [0, 10] Gy, half in [10, 20] Gy; mean of D² per bin is (lo² + lo·hi + hi²)/3:
        // 0.5·100/3 + 0.5·(100 + 200 + 400)/3 = 133.33, not the 0.5·25 + 0.5·225 = 125 of squared bin centres
        Dvh halves = Dvh.of(DvhType.CUMULATIVE, VolumeUnit.PERCENT, new double[] {0, 10, 20}, new double[] {100, 50, 0}, null);
        assertThat(halves.mean((lo, hi) -> (lo * lo + lo * hi + hi * hi) / 3, "mean of D²").value())
                .isCloseTo(400.0 / 3, within(1e-9));
        assertThat(halves.meanDose().value()).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void shouldReportTheWidestBin() {
        Dvh uneven = Dvh.of(DvhType.CUMULATIVE, VolumeUnit.PERCENT, new double[] {0, 0.5, 2}, new double[] {100, 50, 0}, null);
        assertThat(uneven.maxBinWidthGy()).isEqualTo(1.5);
    }

    @Test
    void shouldRejectDosesThatDoNotAscend() {
        assertThatThrownBy(() -> Dvh.of(DvhType.CUMULATIVE, VolumeUnit.PERCENT, new double[] {0, 10, 10}, new double[] {100, 50, 0}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("doseGy must be strictly ascending (index 2)");
    }

    @Test
    void shouldRejectACumulativeCurveThatRises() {
        assertThatThrownBy(() -> Dvh.of(DvhType.CUMULATIVE, VolumeUnit.PERCENT, new double[] {0, 10, 20}, new double[] {100, 50, 60}, null))
                .hasMessage("a cumulative DVH must not increase (index 2)");
    }

    @Test
    void shouldRejectMismatchedLengths() {
        assertThatThrownBy(() -> Dvh.of(DvhType.CUMULATIVE, VolumeUnit.PERCENT, new double[] {0, 10}, new double[] {100}, null))
                .hasMessage("doseGy has 2 values but the volumes have 1");
    }

    @Test
    void shouldRejectAPercentCurveThatDoesNotStartAtTheWholeStructure() {
        assertThatThrownBy(() -> Dvh.of(DvhType.CUMULATIVE, VolumeUnit.PERCENT, new double[] {0, 10}, new double[] {90, 0}, null))
                .hasMessage("a cumulative % DVH must start at 100 % (found 90.0)");
    }

    @Test
    void shouldRejectNegativeVolumes() {
        assertThatThrownBy(() -> Dvh.of(DvhType.DIFFERENTIAL, VolumeUnit.CC, new double[] {10, 20}, new double[] {2, -1}, null))
                .hasMessage("volume[1] must be finite and ≥ 0");
    }

    @Test
    void shouldRejectADifferentialFirstBinWithoutWidth() {
        assertThatThrownBy(() -> Dvh.of(DvhType.DIFFERENTIAL, VolumeUnit.CC, new double[] {0, 20}, new double[] {2, 1}, null))
                .hasMessage("the first bin of a differential DVH must have an upper edge > 0 Gy");
    }
}
