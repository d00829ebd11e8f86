package org.srtguide.dose.report;

import java.util.List;

import org.srtguide.dose.api.DoseCheckResponse;
import org.srtguide.dose.dvh.DvhCurve;

/**
 * Everything a plan report shows, read from one audit record only (so that the same record always
 * gives the same report): who checked what and when, the prescription, the files' hashes, the
 * recorded response and the DVH curves the check used.
 */
public record PlanReport(String auditId, String recordedAt, String principal, String recordHash, double totalDoseGy,
        int fractions, String rtdoseSha256, String rtstructSha256, DoseCheckResponse check, List<DvhCurve> curves) {

    public PlanReport {
        curves = List.copyOf(curves);
    }
}
