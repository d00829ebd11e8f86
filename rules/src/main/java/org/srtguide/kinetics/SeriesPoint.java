package org.srtguide.kinetics;

import java.time.LocalDate;

/**
 * A PSA value placed on the time axis of the reference treatment. {@code belowDetectionLimit}: the
 * laboratory reported "&lt; value", so the value is the assay's limit, not a measurement.
 */
public record SeriesPoint(LocalDate date, double value, double weeksAfterTreatment, double monthsAfterTreatment,
        boolean belowDetectionLimit) {

    public SeriesPoint(LocalDate date, double value, double weeksAfterTreatment, double monthsAfterTreatment) {
        this(date, value, weeksAfterTreatment, monthsAfterTreatment, false);
    }
}
