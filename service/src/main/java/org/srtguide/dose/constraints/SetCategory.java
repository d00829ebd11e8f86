package org.srtguide.dose.constraints;

/** What kind of document a constraint set comes from. */
public enum SetCategory {
    PROTOCOL, GUIDELINE, CONSENSUS, REPORT, INSTITUTIONAL
}
