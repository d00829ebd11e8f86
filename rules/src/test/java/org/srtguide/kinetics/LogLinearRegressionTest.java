package org.srtguide.kinetics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class LogLinearRegressionTest {

    @Test
    void shouldGiveTheExactSlopeForPointsOnALine() {
        // ln(e^t) = t: slope 1 per month.
        double slope = LogLinearRegression.slopePerMonth(List.of(at(0, 1), at(1, Math.E), at(2, Math.E * Math.E)));

        assertThat(slope).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void shouldGiveTheLeastSquaresSlopeForScatteredPoints() {
        // ln values 0, 2, 1 at t = 0, 1, 2: means 1 and 1; Sxy = (-1)(-1) + 0·1 + 1·0 = 1, Sxx = 2,
        // slope = 1 / 2.
        double slope = LogLinearRegression.slopePerMonth(List.of(at(0, 1), at(1, Math.exp(2)), at(2, Math.E)));

        assertThat(slope).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void shouldNotDependOnTheOrderOfThePoints() {
        List<SeriesPoint> points = List.of(at(0, 0.1), at(2.5, 0.17), at(5, 0.31), at(7, 0.52));

        assertThat(LogLinearRegression.slopePerMonth(List.of(points.get(3), points.get(1), points.get(0), points.get(2))))
                .isEqualTo(LogLinearRegression.slopePerMonth(points));
    }

    @Test
    void shouldGiveLnTwoOverTheSlopeAsDoublingTime() {
        // ln 2 / (ln 2 / 6) = 6; ln 2 / 0.5 = 1.3862943611.
        assertThat(LogLinearRegression.doublingTimeMonths(Math.log(2) / 6)).isCloseTo(6.0, within(1e-12));
        assertThat(LogLinearRegression.doublingTimeMonths(0.5)).isCloseTo(1.3862943611, within(1e-10));
    }

    @Test
    void shouldRejectFewerThanTwoPoints() {
        assertThatIllegalArgumentException().isThrownBy(() -> LogLinearRegression.slopePerMonth(List.of(at(0, 1))))
                .withMessage("a slope needs at least 2 points, got 1");
    }

    @Test
    void shouldRejectAZeroValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> LogLinearRegression.slopePerMonth(List.of(at(0, 0.2), at(1, 0))))
                .withMessage("ln(PSA) needs a positive value, got 0.0");
    }

    @Test
    void shouldRejectPointsAllAtTheSameTime() {
        assertThatIllegalArgumentException().isThrownBy(() -> LogLinearRegression.slopePerMonth(List.of(at(3, 0.2), at(3, 0.4))))
                .withMessage("all points are at the same time; the slope is undefined");
    }

    @Test
    void shouldRejectANonPositiveSlopeForDoublingTime() {
        assertThatIllegalArgumentException().isThrownBy(() -> LogLinearRegression.doublingTimeMonths(0))
                .withMessage("a doubling time needs a positive slope, got 0.0");
    }

    private static SeriesPoint at(double months, double value) {
        return new SeriesPoint(null, value, months * 30.4375 / 7, months);
    }
}
