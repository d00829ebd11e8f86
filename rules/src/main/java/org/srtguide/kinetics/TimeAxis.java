package org.srtguide.kinetics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Places PSA values on the time axis of the primary treatment. Arithmetic only: which values are
 * kept and what they mean is decided by the rules in PsaKinetics.drl.
 */
public final class TimeAxis {
    /** Mean Gregorian month, so that 12 months make 365.25 days. */
    public static final double DAYS_PER_MONTH = 365.25 / 12;
    static final double DAYS_PER_WEEK = 7;

    /** Same date: lower value first, so that the order never depends on the input order. */
    private static final Comparator<PsaValue> CHRONOLOGICAL =
            Comparator.comparing(PsaValue::getDate).thenComparingDouble(PsaValue::getValue);

    private TimeAxis() {
    }

    /** The values sorted by date, with their time after the treatment (negative before it). */
    public static List<SeriesPoint> place(LocalDate treatmentDate, Collection<? extends PsaValue> values) {
        return values.stream()
                .sorted(CHRONOLOGICAL)
                .map(v -> point(treatmentDate, v))
                .toList();
    }

    private static SeriesPoint point(LocalDate treatmentDate, PsaValue value) {
        long days = ChronoUnit.DAYS.between(treatmentDate, value.getDate());
        return new SeriesPoint(value.getDate(), value.getValue(), days / DAYS_PER_WEEK, days / DAYS_PER_MONTH,
                value.isBelowDetectionLimit());
    }
}
