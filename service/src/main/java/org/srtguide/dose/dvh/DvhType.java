package org.srtguide.dose.dvh;

/** How the volumes of a DVH are given (DICOM DVH Type (3004,0001)). */
public enum DvhType {
    /** Volume receiving at least the dose of each point. */
    CUMULATIVE,
    /** Volume in each dose bin; the dose value of a bin is its upper edge. */
    DIFFERENTIAL
}
