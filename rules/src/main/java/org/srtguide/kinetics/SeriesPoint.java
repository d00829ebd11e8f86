package org.srtguide.kinetics;

import java.time.LocalDate;

/** A PSA value placed on the time axis of the primary treatment. */
public record SeriesPoint(LocalDate date, double value, double weeksAfterTreatment, double monthsAfterTreatment) {
}
