package org.srtguide.dose.check;

/** Protocol vocabulary for one result (docs/api.md). */
public enum Verdict {
    PER_PROTOCOL, VARIATION_ACCEPTABLE, DEVIATION_UNACCEPTABLE, NOT_EVALUABLE
}
