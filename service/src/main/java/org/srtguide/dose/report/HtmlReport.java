package org.srtguide.dose.report;

import java.util.List;

import org.srtguide.dose.api.DoseCheckResponse;
import org.srtguide.dose.api.DoseCheckResponse.ComputedDvh;
import org.srtguide.dose.api.DoseCheckResponse.Result;

/** The plan report as one self-contained HTML page (inline CSS and SVG, no script). */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static String render(PlanReport r) {
        DoseCheckResponse c = r.check();
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Dose-constraint report ").append(escape(r.auditId())).append("</title>\n<style>")
                .append("body{font-family:sans-serif;font-size:13px;margin:24px}table{border-collapse:collapse;margin:8px 0}")
                .append("th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}")
                .append(".PER_PROTOCOL{background:#e6f4e6}.VARIATION_ACCEPTABLE{background:#fff4d6}")
                .append(".DEVIATION_UNACCEPTABLE{background:#fbe3e3}.NOT_EVALUABLE,.DVH_MISMATCH{background:#eee}")
                .append(".num{text-align:right}small{color:#555}</style></head><body>\n");
        h.append("<h1>Dose-constraint check: plan report</h1>\n<p>Decision support, not an order. Re-issued from audit record <code>")
                .append(escape(r.auditId())).append("</code> (record hash <code>").append(escape(r.recordHash()))
                .append("</code>), checked ").append(escape(r.recordedAt())).append(" by ").append(escape(r.principal()))
                .append(".</p>\n<h2>Plan</h2>\n<table>");
        row(h, "Prescription", Fmt.num(r.totalDoseGy()) + " Gy in " + r.fractions() + " fractions");
        row(h, "Constraint set", c.constraintSet().id() + " v" + c.constraintSet().version() + ": " + c.constraintSet().title());
        row(h, "Set source", c.constraintSet().source());
        row(h, "Reference fractionation", c.constraintSet().referenceFractionation()
                + (c.fractionationConverted() ? " (converted to this plan, voxel by voxel)" : ""));
        row(h, "DVHs used", Fmt.source(c));
        if (r.rtdoseSha256() != null) {
            row(h, "RT Dose SHA-256", r.rtdoseSha256());
            row(h, "RT Structure Set SHA-256", r.rtstructSha256());
        }
        var s = c.summary();
        row(h, "Summary", s.perProtocol() + " per protocol, " + s.variationAcceptable() + " variation acceptable, "
                + s.deviationUnacceptable() + " deviation unacceptable, " + s.notEvaluable() + " not evaluable, " + s.dvhMismatch()
                + " DVH mismatch");
        h.append("</table>\n");
        if (c.computedDvhs() != null && !c.computedDvhs().isEmpty()) {
            h.append("<h2>Structures (DVHs computed from the dose grid)</h2>\n<table><tr><th>structure</th><th>volume (cm³)</th>")
                    .append("<th>contours enclose (cm³)</th><th>mean (Gy)</th><th>max (Gy)</th><th>samples per pixel</th></tr>\n");
            for (ComputedDvh d : c.computedDvhs()) {
                h.append("<tr><td>").append(escape(d.structure())).append("</td><td class=num>").append(Fmt.num(d.volumeCc()))
                        .append("</td><td class=num>").append(Fmt.num(d.contourVolumeCc())).append("</td><td class=num>")
                        .append(Fmt.num(d.meanGy())).append("</td><td class=num>").append(Fmt.num(d.maxGy()))
                        .append("</td><td class=num>").append(d.superSampling()).append(" × ").append(d.superSampling())
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<h2>Constraints</h2>\n<table><tr><th>#</th><th>constraint</th><th>structure</th><th>metric</th><th>value</th>")
                .append("<th>limit</th><th>acceptable</th><th>verdict</th><th>distance to limit</th><th>tier</th><th>priority</th><th>DVH</th>")
                .append("<th>planning-system value</th></tr>\n");
        List<Result> results = c.results();
        for (int i = 0; i < results.size(); i++) {
            Result x = results.get(i);
            h.append("<tr class=\"").append(x.verdict()).append("\"><td>").append(i + 1).append("</td><td>")
                    .append(escape(x.constraintId())).append("</td><td>").append(escape(Fmt.structure(x))).append("</td><td>")
                    .append(escape(Fmt.metric(x))).append("</td><td class=num>").append(escape(Fmt.value(x)))
                    .append("</td><td>").append(escape(Fmt.limit(x))).append("</td><td>").append(escape(Fmt.acceptable(x)))
                    .append("</td><td>").append(x.verdict()).append(x.reason() == null ? "" : "<br><small>" + escape(x.reason()) + "</small>")
                    .append("</td><td class=num>").append(escape(Fmt.distance(x))).append("</td><td>")
                    .append(x.tier() == null ? "" : x.tier()).append("</td><td class=num>")
                    .append(x.priority() == null ? "" : x.priority()).append("</td><td>").append(x.dvhSource() == null ? "" : x.dvhSource())
                    .append("</td><td class=num>").append(x.importedValue() == null ? "" : Fmt.num(x.importedValue()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Cumulative DVHs</h2>\n").append(DvhPlot.svg(r.curves())).append("\n<h2>Sources</h2>\n<ol>");
        for (Result x : results) {
            h.append("<li><code>").append(escape(x.constraintId())).append("</code>: ").append(escape(x.source()))
                    .append(x.status() == null ? "" : " [" + x.status() + "]").append("</li>\n");
        }
        h.append("</ol>\n");
        if (c.notes() != null && !c.notes().isEmpty()) {
            h.append("<h2>Notes</h2>\n<ul>");
            c.notes().forEach(n -> h.append("<li>").append(escape(n)).append("</li>\n"));
            h.append("</ul>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><th>").append(escape(label)).append("</th><td>").append(escape(value)).append("</td></tr>\n");
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
