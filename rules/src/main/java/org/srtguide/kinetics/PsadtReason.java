package org.srtguide.kinetics;

/**
 * Why the PSA doubling time was, or was not, calculated (RTOG post-operative calculation rules).
 * When several apply, the rule unit reports the first in this order; docs/clinical-content.md
 * explains each code.
 */
public enum PsadtReason {
    /** The RTOG calculation rules are post-operative; no rule set is encoded for other treatments. */
    NOT_AFTER_PROSTATECTOMY,
    /** Fewer than the minimum number of values at least 6 weeks after prostatectomy (too few values at all). */
    TOO_FEW_VALUES,
    /** The latest value is not above the one before it. */
    NOT_RISING,
    /** The latest value is below the entry level (PSA >= 0.2 and rising). */
    BELOW_ENTRY_LEVEL,
    /**
     * Enough values, but too few at or above the minimum value since PSA last fell to or below it:
     * the minimum-value rule left fewer than the minimum number.
     */
    BELOW_MINIMUM_VALUE,
    /**
     * Enough values at or above the minimum value, but too few of them spaced by the minimum interval
     * (the subset kept walking back from the latest value is smaller than the minimum number).
     */
    VALUES_TOO_CLOSE,
    /** The fitted slope of ln(PSA) over time is zero or negative. */
    NON_POSITIVE_SLOPE,
    CALCULATED
}
