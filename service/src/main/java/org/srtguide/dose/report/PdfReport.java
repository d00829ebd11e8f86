package org.srtguide.dose.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.srtguide.dose.api.DoseCheckResponse;
import org.srtguide.dose.api.DoseCheckResponse.ComputedDvh;
import org.srtguide.dose.api.DoseCheckResponse.Result;
import org.srtguide.dose.dvh.DvhCurve;

/** The plan report as PDF (Apache PDFBox): the same content as {@link HtmlReport}, drawn on landscape A4. */
public final class PdfReport {
    private static final float[] COLUMNS = {16, 140, 75, 70, 55, 85, 105, 85, 50, 50, 39};
    private static final String[] HEADERS = {"#", "constraint", "structure", "metric", "value", "limit", "verdict",
        "distance to limit", "tier", "DVH", "TPS value"};

    private PdfReport() {
    }

    public static byte[] render(PlanReport r) {
        DoseCheckResponse c = r.check();
        try (PdfCanvas pdf = new PdfCanvas()) {
            pdf.paragraph("Dose-constraint check: plan report", pdf.bold, 15, 0);
            pdf.paragraph("Decision support, not an order. Re-issued from audit record " + r.auditId() + " (record hash "
                    + r.recordHash() + "), checked " + r.recordedAt() + " by " + r.principal() + ".", pdf.regular, 8, 0);
            heading(pdf, "Plan");
            line(pdf, "Prescription", Fmt.num(r.totalDoseGy()) + " Gy in " + r.fractions() + " fractions");
            line(pdf, "Constraint set", c.constraintSet().id() + " v" + c.constraintSet().version() + ": " + c.constraintSet().title());
            line(pdf, "Reference fractionation", c.constraintSet().referenceFractionation()
                    + (c.fractionationConverted() ? " (converted to this plan, voxel by voxel)" : ""));
            line(pdf, "DVHs used", Fmt.source(c));
            if (r.rtdoseSha256() != null) {
                line(pdf, "RT Dose SHA-256", r.rtdoseSha256());
                line(pdf, "RT Structure Set SHA-256", r.rtstructSha256());
            }
            var s = c.summary();
            line(pdf, "Summary", s.perProtocol() + " per protocol, " + s.variationAcceptable() + " variation acceptable, "
                    + s.deviationUnacceptable() + " deviation unacceptable, " + s.notEvaluable() + " not evaluable, "
                    + s.dvhMismatch() + " DVH mismatch");
            if (c.computedDvhs() != null && !c.computedDvhs().isEmpty()) {
                heading(pdf, "Structures (DVHs computed from the dose grid)");
                for (ComputedDvh d : c.computedDvhs()) {
                    line(pdf, d.structure(), Fmt.num(d.volumeCc()) + " cm³ sampled (contours enclose " + Fmt.num(d.contourVolumeCc())
                            + " cm³), mean " + Fmt.num(d.meanGy()) + " Gy, max " + Fmt.num(d.maxGy()) + " Gy, "
                            + d.superSampling() + " × " + d.superSampling() + " samples per pixel");
                }
            }
            heading(pdf, "Constraints");
            constraints(pdf, c.results());
            pdf.keep((float) DvhPlot.HEIGHT + 30);
            heading(pdf, "Cumulative DVHs");
            plot(pdf, r.curves());
            heading(pdf, "Sources");
            List<Result> results = c.results();
            for (int i = 0; i < results.size(); i++) {
                Result x = results.get(i);
                pdf.paragraph((i + 1) + ". " + x.constraintId() + ": " + x.source() + (x.status() == null ? "" : " [" + x.status() + "]"),
                        pdf.regular, 7, 0);
            }
            if (c.notes() != null && !c.notes().isEmpty()) {
                heading(pdf, "Notes");
                c.notes().forEach(n -> pdf.paragraph("- " + n, pdf.regular, 7, 0));
            }
            return pdf.bytes(r.recordHash() == null || r.recordHash().isEmpty() ? r.auditId() : r.recordHash());
        }
    }

    private static void heading(PdfCanvas pdf, String text) {
        pdf.reserve(6);
        pdf.paragraph(text, pdf.bold, 11, 0);
    }

    private static void line(PdfCanvas pdf, String label, String value) {
        float top = pdf.reserve(11);
        pdf.text(0, top - 8, pdf.fit(label, pdf.bold, 8, 140), pdf.bold, 8);
        pdf.text(145, top - 8, pdf.fit(value, pdf.regular, 8, pdf.width() - 145), pdf.regular, 8);
    }

    private static void constraints(PdfCanvas pdf, List<Result> results) {
        row(pdf, HEADERS, true, null);
        for (int i = 0; i < results.size(); i++) {
            Result x = results.get(i);
            String[] cells = {String.valueOf(i + 1), x.constraintId(), Fmt.structure(x), Fmt.metric(x), Fmt.value(x), Fmt.limit(x),
                x.verdict(), Fmt.distance(x), (x.tier() == null ? "" : x.tier()) + (x.priority() == null ? "" : " P" + x.priority()), x.dvhSource() == null ? "" : x.dvhSource().name(),
                x.importedValue() == null ? "" : Fmt.num(x.importedValue())};
            row(pdf, cells, false, colour(x.verdict()));
            if (x.reason() != null) {
                pdf.paragraph(x.reason(), pdf.regular, 6, COLUMNS[0]);
            }
        }
    }

    private static void row(PdfCanvas pdf, String[] cells, boolean header, String fill) {
        float top = pdf.reserve(11);
        if (fill != null) {
            try {
                pdf.colour(fill, true);
                pdf.stream().addRect(PdfCanvas.MARGIN, top - 10.5f, pdf.width(), 10.5f);
                pdf.stream().fill();
                pdf.colour("#000000", true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        float x = 0;
        for (int i = 0; i < cells.length; i++) {
            var font = header ? pdf.bold : pdf.regular;
            pdf.text(x + 1, top - 8, pdf.fit(cells[i], font, 7, COLUMNS[i] - 3), font, 7);
            x += COLUMNS[i];
        }
    }

    private static String colour(String verdict) {
        return switch (verdict) {
            case "PER_PROTOCOL" -> "#e6f4e6";
            case "VARIATION_ACCEPTABLE" -> "#fff4d6";
            case "DEVIATION_UNACCEPTABLE" -> "#fbe3e3";
            default -> "#eeeeee";
        };
    }

    /** The same plot as the SVG, flipped into PDF coordinates (y grows upwards). */
    private static void plot(PdfCanvas pdf, List<DvhCurve> curves) {
        DvhPlot p = new DvhPlot(curves);
        float top = pdf.reserve((float) DvhPlot.HEIGHT);
        float left = PdfCanvas.MARGIN;
        PDPageContentStream out = pdf.stream();
        try {
            out.setLineWidth(0.5f);
            pdf.colour("#dddddd", false);
            for (int v = 0; v <= 100; v += 20) {
                out.moveTo(left + (float) p.x(0), top - (float) p.y(v));
                out.lineTo(left + (float) p.x(p.maxDose()), top - (float) p.y(v));
            }
            for (int i = 0; i <= p.ticks(); i++) {
                double d = p.tick() * i;
                out.moveTo(left + (float) p.x(d), top - (float) p.y(0));
                out.lineTo(left + (float) p.x(d), top - (float) p.y(100));
            }
            out.stroke();
            for (int v = 0; v <= 100; v += 20) {
                pdf.text((float) p.x(0) - 28, top - (float) p.y(v) - 3, v + " %", pdf.regular, 7);
            }
            for (int i = 0; i <= p.ticks(); i++) {
                double d = p.tick() * i;
                pdf.text((float) p.x(d) - 5, top - (float) p.y(0) - 12, DvhPlot.trim(d), pdf.regular, 7);
            }
            pdf.text((float) p.x(p.maxDose() / 2) - 15, top - (float) DvhPlot.HEIGHT + 2, "dose (Gy)", pdf.regular, 7);
            out.setLineWidth(1.2f);
            for (int i = 0; i < curves.size(); i++) {
                DvhCurve c = curves.get(i);
                pdf.colour(DvhPlot.colour(i), false);
                for (int k = 0; k < c.doseGy().size(); k++) {
                    float px = left + (float) p.x(c.doseGy().get(k));
                    float py = top - (float) p.y(c.volumePercent().get(k));
                    if (k == 0) {
                        out.moveTo(px, py);
                    } else {
                        out.lineTo(px, py);
                    }
                }
                float ly = top - (float) (DvhPlot.TOP + 12 + 14 * i);
                out.moveTo(left + (float) (DvhPlot.WIDTH - DvhPlot.RIGHT + 10), ly + 3);
                out.lineTo(left + (float) (DvhPlot.WIDTH - DvhPlot.RIGHT + 26), ly + 3);
                out.stroke();
                pdf.text((float) (DvhPlot.WIDTH - DvhPlot.RIGHT + 30), ly, c.structure(), pdf.regular, 8);
            }
            pdf.colour("#000000", false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
