package org.srtguide.dose.constraints;

/** Evidence status of a number, as recorded in docs/dose-constraints.md. */
public enum SourceStatus {
    /** Read in the cited page, file or excerpt. */
    READ,
    /** Computed from cited formulas. */
    DERIVED,
    /** From memory, not found in a source: check before use. */
    RECALLED
}
