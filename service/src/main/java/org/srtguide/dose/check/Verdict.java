package org.srtguide.dose.check;

/** Protocol vocabulary for one result (docs/api.md). */
public enum Verdict {
    PER_PROTOCOL, VARIATION_ACCEPTABLE, DEVIATION_UNACCEPTABLE, NOT_EVALUABLE,
    /** The DVH computed from the dose grid and the planning system's DVH disagree on this metric (DvhCrossCheck). */
    DVH_MISMATCH
}
