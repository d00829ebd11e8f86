package org.srtguide.dose.dvh;

/**
 * The outcome of reading one metric from a DVH: a value, or the reason it cannot be read. A metric
 * that cannot be read is never turned into a number (dicompyler's 0 Gy for D2cc of a 1.5 cm³
 * structure would pass silently).
 */
public record Reading(Double value, String reason) {

    public static Reading of(double value) {
        return new Reading(value, null);
    }

    public static Reading notEvaluable(String reason) {
        return new Reading(null, reason);
    }

    public boolean evaluable() {
        return value != null;
    }
}
