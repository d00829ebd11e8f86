package org.srtguide.dose.check;

import java.util.List;

import org.srtguide.dose.dvh.Metric;

/**
 * An earlier course: its fractionation, the months since it ended (for an optional recovery
 * discount) and the near-max doses it gave, per structure and metric.
 */
public record PriorCourse(String label, double totalDoseGy, int fractions, Double intervalMonths, List<PriorDose> doses) {

    public PriorCourse {
        if (fractions < 1) {
            throw new IllegalArgumentException("a prior course needs at least one fraction");
        }
        doses = List.copyOf(doses);
    }

    /** A physical dose read from the prior course's plan. */
    public record PriorDose(String structure, Metric metric, double doseGy) {
    }
}
