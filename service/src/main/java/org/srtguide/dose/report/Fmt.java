package org.srtguide.dose.report;

import org.srtguide.dose.api.DoseCheckResponse;
import org.srtguide.dose.api.DoseCheckResponse.Result;
import org.srtguide.dose.dvh.Dvh;

/** Cell texts shared by the HTML and PDF reports, so both say the same thing. */
final class Fmt {
    private Fmt() {
    }

    static String num(Double v) {
        return v == null ? "—" : Dvh.fmt(v);
    }

    static String source(DoseCheckResponse c) {
        if (c.dvhSource() == null) {
            return "as sent in the request";
        }
        return switch (c.dvhSource()) {
            case REQUEST -> "as sent in the request";
            case IMPORTED -> "the planning system's DVHs (RT Dose DVH Sequence)";
            case COMPUTED -> "computed from the RT Dose grid and the RT Structure Set contours"
                    + (c.dvhMismatchTolerance() == null ? "" : "; cross-checked against the planning system's DVHs (tolerance "
                            + Dvh.fmt(100 * c.dvhMismatchTolerance()) + " % of each limit)");
        };
    }

    static String structure(Result x) {
        return x.matchedStructure() == null || x.matchedStructure().equals(x.structure()) ? x.structure()
                : x.structure() + " (" + x.matchedStructure() + ")";
    }

    static String metric(Result x) {
        String m = x.evaluatedMetric() != null && !x.evaluatedMetric().equals(x.metric()) ? x.metric() + " → " + x.evaluatedMetric()
                : x.metric();
        return "EQD2".equals(x.basis()) ? m + " (EQD2)" : m;
    }

    static String value(Result x) {
        return x.value() == null ? "—" : Dvh.fmt(x.value()) + " " + x.unit();
    }

    static String limit(Result x) {
        if (x.limit() == null) {
            return "";
        }
        String s = x.comparator() + " " + Dvh.fmt(x.limit()) + " " + x.unit();
        if (x.convertedLimit() == null) {
            return s;
        }
        // a Vx row's conversion moves its dose level (evaluatedMetric); a dose row's moves its limit
        return x.metric().startsWith("V") ? s : s + " (used: " + Dvh.fmt(x.convertedLimit()) + ")";
    }

    static String acceptable(Result x) {
        if (x.acceptableLimit() == null) {
            return "";
        }
        String s = x.comparator() + " " + Dvh.fmt(x.acceptableLimit()) + " " + x.unit();
        return x.convertedAcceptableLimit() == null || x.metric().startsWith("V") ? s
                : s + " (used: " + Dvh.fmt(x.convertedAcceptableLimit()) + ")";
    }

    static String distance(Result x) {
        if (x.distanceToLimit() == null) {
            return "";
        }
        String s = (x.distanceToLimit() >= 0 ? "+" : "") + Dvh.fmt(x.distanceToLimit()) + " " + x.unit();
        return x.distanceToLimitPercent() == null ? s
                : s + " (" + (x.distanceToLimitPercent() >= 0 ? "+" : "") + Dvh.fmt(x.distanceToLimitPercent()) + " %)";
    }
}
