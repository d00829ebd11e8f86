package org.srtguide.dose.lq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of docs/dose-constraints.md §4, to two decimals. */
class LqTest {

    @ParameterizedTest(name = "EQD2 of {0} Gy in {1} fx, α/β {2} = {3}")
    @CsvSource({
        "62.5, 25, 1.5, 71.43",
        "36.25, 5, 1.5, 90.63",
        "36.25, 5, 3, 74.31",
        "66.6, 37, 1.5, 62.79",
    })
    void shouldMatchReferenceEqd2Examples(double total, int fractions, double alphaBeta, double expected) {
        assertThat(Lq.eqd2(total, fractions, alphaBeta)).isCloseTo(expected, within(0.005));
    }

    /**
     * Voxel by voxel: a level L of a reference course of n_ref fractions has BED_ref = L(1 + (L/n_ref)/3);
     * the plan's level x solves x(1 + (x/n)/3) = BED_ref. By hand for 65 Gy, 39 → 25 fx:
     * BED_ref = 65(1 + 65/117) = 101.111; x = (75/2)(√(1 + 4·101.111/75) − 1) = 37.5 × 1.52836 = 57.31 Gy.
     */
    @ParameterizedTest(name = "{0} Gy from {1} fx → {2} fx = {3}")
    @CsvSource({
        // QUANTEC rectum levels, reference course 78 Gy/39 fx → 25 fx
        "50, 39, 25, 44.71", "60, 39, 25, 53.13", "65, 39, 25, 57.31", "70, 39, 25, 61.48", "75, 39, 25, 65.64",
        // reference course 79.2 Gy/44 fx → 25 fx
        "50, 44, 25, 43.60", "60, 44, 25, 51.67", "65, 44, 25, 55.68", "70, 44, 25, 59.66", "75, 44, 25, 63.63",
        // 78 Gy/39 fx → 5 fx
        "50, 39, 5, 26.07", "60, 39, 5, 30.15", "65, 39, 5, 32.16", "70, 39, 5, 34.15", "75, 39, 5, 36.12",
        // RTOG 0534 rectum levels 40 and 65 Gy, prostate-bed course of 39 or 36 fx → 25 fx
        "40, 39, 25, 36.20", "65, 39, 25, 57.31", "40, 36, 25, 36.78", "65, 36, 25, 58.50",
    })
    void shouldConvertLevelsVoxelByVoxelLikeReference(double level, int referenceFractions, int planFractions, double expected) {
        double bed = Lq.bed(level, referenceFractions, 3.0);
        assertThat(Lq.isoeffectiveTotalDose(bed, planFractions, 3.0)).isCloseTo(expected, within(0.005));
    }

    /** The superseded convention, kept only as an explicit set option: 65 Gy "at 2 Gy/fx" → 60.13 Gy in 25 fx. */
    @Test
    void shouldKeepTheSupersededPrescriptionDosePerFractionArithmetic() {
        double bed = Lq.bedAtDosePerFraction(65, 2.0, 3.0); // 65 × (1 + 2/3) = 108.33
        assertThat(Lq.isoeffectiveTotalDose(bed, 25, 3.0)).isCloseTo(60.13, within(0.005));
    }

    /** Uniform physical dose on [0, 20] Gy in 20 fx, α/β 3: (1/20)∫(D²/20 + 3D)/5 dD = (133.33 + 600)/100 = 7.333 Gy. */
    @Test
    void shouldAverageEqd2ExactlyOverAUniformDoseBin() {
        assertThat(Lq.meanEqd2OverUniformDose(0, 20, 20, 3)).isCloseTo(22.0 / 3, within(1e-12));
        // a zero-width bin is the EQD2 of its dose
        assertThat(Lq.meanEqd2OverUniformDose(20, 20, 20, 3)).isCloseTo(Lq.eqd2(20, 20, 3), within(1e-12));
    }

    @Test
    void shouldReturnSameDoseWhenConvertingToItsOwnFractionation() {
        double bed = Lq.bed(36.25, 5, 3.0);
        assertThat(Lq.isoeffectiveTotalDose(bed, 5, 3.0)).isCloseTo(36.25, within(1e-9));
    }

    @Test
    void shouldGiveEqd2EqualToBedFormula() {
        assertThat(Lq.eqd2FromBed(Lq.bed(60, 20, 3), 3)).isCloseTo(Lq.eqd2(60, 20, 3), within(1e-9));
    }

    @Test
    void shouldRejectNonPositiveAlphaBeta() {
        assertThatThrownBy(() -> Lq.eqd2(60, 20, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fractions and α/β must be > 0");
    }

    @Test
    void shouldRejectZeroFractions() {
        assertThatThrownBy(() -> Lq.bed(60, 0, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
