package org.srtguide.dose.check;

import java.util.List;

/** How a cumulative EQD2 was put together, course by course. */
public record CumulativeDetail(double alphaBetaGy, double currentEqd2Gy, List<Contribution> priorCourses,
        double totalEqd2Gy, double limitEqd2Gy, Double acceptableLimitEqd2Gy, CumulativePolicy.Mode policy,
        boolean recoveryDiscountApplied) {

    /** One prior course: its physical dose, its EQD2 and the discount applied to it. */
    public record Contribution(String label, String metric, double physicalGy, double eqd2Gy, double discountFraction,
            double countedEqd2Gy) {
    }
}
