package org.srtguide.dose.check;

/**
 * How far a value is from its limits, signed so that a positive distance is room left and a negative
 * one is the amount by which the limit is exceeded, in the row's unit (Gy, % or cm³; EQD2 for an EQD2
 * row) and in % of the limit. {@code tier} is the strictest limit the value meets: IDEAL (the
 * per-protocol limit), ACCEPTABLE (only the acceptable-variation limit) or NONE; null when there is
 * no value.
 */
public record LimitDistance(Double toLimit, Double toLimitPercent, Double toAcceptableLimit, Tier tier) {

    /** The strictest limit a value meets. */
    public enum Tier { IDEAL, ACCEPTABLE, NONE }

    public static final LimitDistance NONE = new LimitDistance(null, null, null, null);

    public static LimitDistance of(ConstraintResult r) {
        Double limit = r.effectiveLimit();
        if (r.value() == null || limit == null || r.comparator() == null) {
            return NONE;
        }
        boolean volumeMetric = r.metric() != null && r.metric().startsWith("V");
        Double acceptable = r.convertedAcceptableLimit() != null && !volumeMetric ? r.convertedAcceptableLimit() : r.acceptableLimit();
        double toLimit = signed(r.comparator(), r.value(), limit);
        Double toAcceptable = acceptable == null ? null : signed(r.comparator(), r.value(), acceptable);
        Double percent = limit == 0 ? null : 100 * toLimit / Math.abs(limit);
        Tier tier = switch (r.verdict()) {
            case PER_PROTOCOL -> Tier.IDEAL;
            case VARIATION_ACCEPTABLE -> Tier.ACCEPTABLE;
            case DEVIATION_UNACCEPTABLE -> Tier.NONE;
            default -> meets(r.comparator(), toLimit, limit) ? Tier.IDEAL
                    : toAcceptable != null && meets(r.comparator(), toAcceptable, acceptable) ? Tier.ACCEPTABLE : Tier.NONE;
        };
        return new LimitDistance(toLimit, percent, toAcceptable, tier);
    }

    private static double signed(String comparator, double value, double limit) {
        return comparator.startsWith("<") ? limit - value : value - limit;
    }

    /** The checker's own tolerance: within 1e-9 (relative) of a limit counts as equal (docs §2). */
    private static boolean meets(String comparator, double distance, double limit) {
        boolean strict = comparator.length() == 1;
        double eps = 1e-9 * Math.max(1, Math.abs(limit));
        return strict ? distance > eps : distance >= -eps;
    }
}
