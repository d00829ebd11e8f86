package org.srtguide.kinetics;

/** Why the PSA doubling time was, or was not, calculated (RTOG post-operative calculation rules). */
public enum PsadtReason {
    CALCULATED,
    TOO_FEW_VALUES,
    VALUES_TOO_CLOSE,
    BELOW_MINIMUM_VALUE,
    NOT_RISING,
    NON_POSITIVE_SLOPE
}
