package org.srtguide.dose.check;

/**
 * How prior-course doses are added (docs/dose-constraints.md §5). The default is a plain EQD2 sum. A recovery
 * discount has no validated pelvic model, so it needs both numbers from the caller and is flagged in
 * every result it touches.
 */
public record CumulativePolicy(Mode mode, Double discountFraction, Double minimumIntervalMonths) {

    public enum Mode { PLAIN_SUM, RECOVERY_DISCOUNT }

    public static final CumulativePolicy PLAIN_SUM = new CumulativePolicy(Mode.PLAIN_SUM, null, null);

    public CumulativePolicy {
        if (mode == Mode.RECOVERY_DISCOUNT) {
            if (discountFraction == null || !(discountFraction > 0 && discountFraction < 1)) {
                throw new IllegalArgumentException("a recovery discount needs discountFraction between 0 and 1 (exclusive)");
            }
            if (minimumIntervalMonths == null || minimumIntervalMonths < 0) {
                throw new IllegalArgumentException("a recovery discount needs minimumIntervalMonths ≥ 0");
            }
        }
    }

    /** The fraction of a prior course's EQD2 that is discounted (0 when none applies). */
    double discountFor(PriorCourse course) {
        return mode == Mode.RECOVERY_DISCOUNT && course.intervalMonths() != null
                && course.intervalMonths() >= minimumIntervalMonths ? discountFraction : 0.0;
    }
}
