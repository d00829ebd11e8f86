package org.srtguide.dose.lq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of shared/dose/REFERENCE.md §2.1, to two decimals. */
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

    @ParameterizedTest(name = "{0} Gy at 2 Gy/fx → {1} fx = {2}")
    @CsvSource({
        "50, 25, 50.00", "60, 25, 56.87", "65, 25, 60.13", "70, 25, 63.28", "75, 25, 66.33",
        "50, 5, 28.64", "60, 5, 31.95", "65, 5, 33.50", "70, 5, 35.00", "75, 5, 36.45",
    })
    void shouldConvertQuantecRectumLevelsLikeReference(double level, int fractions, double expected) {
        double bed = Lq.bedAtDosePerFraction(level, 2.0, 3.0);
        assertThat(Lq.isoeffectiveTotalDose(bed, fractions, 3.0)).isCloseTo(expected, within(0.005));
    }

    @ParameterizedTest(name = "{0} Gy at 1.8 Gy/fx → 25 fx = {1}")
    @CsvSource({"40, 41.28", "65, 58.45"})
    void shouldConvertRtog0534RectumLevelsLikeReference(double level, double expected) {
        double bed = Lq.bedAtDosePerFraction(level, 1.8, 3.0);
        assertThat(Lq.isoeffectiveTotalDose(bed, 25, 3.0)).isCloseTo(expected, within(0.005));
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
