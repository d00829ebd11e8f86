package org.srtguide.kinetics;

import java.util.Comparator;
import java.util.List;

/**
 * Least-squares fit of ln(PSA) against time in months (Pound 1999, as used for PSADT). The rules
 * decide which points go in and whether the result is reported.
 */
public final class LogLinearRegression {
    private LogLinearRegression() {
    }

    /**
     * Slope of ln(value) per month over the points' monthsAfterTreatment.
     *
     * @throws IllegalArgumentException with fewer than two points, a value that is not positive,
     *         or all points at the same time (the slope is undefined)
     */
    public static double slopePerMonth(List<SeriesPoint> input) {
        if (input.size() < 2) {
            throw new IllegalArgumentException("a slope needs at least 2 points, got " + input.size());
        }
        // A fixed summation order, so the result does not depend on the order the rules collect in.
        List<SeriesPoint> points = input.stream()
                .sorted(Comparator.comparingDouble(SeriesPoint::monthsAfterTreatment).thenComparingDouble(SeriesPoint::value))
                .toList();
        double meanX = 0;
        double meanY = 0;
        for (SeriesPoint p : points) {
            if (!(p.value() > 0)) {
                throw new IllegalArgumentException("ln(PSA) needs a positive value, got " + p.value());
            }
            meanX += p.monthsAfterTreatment();
            meanY += Math.log(p.value());
        }
        meanX /= points.size();
        meanY /= points.size();
        double sxy = 0;
        double sxx = 0;
        for (SeriesPoint p : points) {
            double dx = p.monthsAfterTreatment() - meanX;
            sxy += dx * (Math.log(p.value()) - meanY);
            sxx += dx * dx;
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("all points are at the same time; the slope is undefined");
        }
        return sxy / sxx;
    }

    /** Doubling time in months for a positive slope of ln(value) per month: ln 2 / slope. */
    public static double doublingTimeMonths(double slopePerMonth) {
        if (!(slopePerMonth > 0)) {
            throw new IllegalArgumentException("a doubling time needs a positive slope, got " + slopePerMonth);
        }
        return Math.log(2) / slopePerMonth;
    }
}
