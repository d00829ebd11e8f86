package org.srtguide.dose.report;

import java.util.List;
import java.util.Locale;

import org.srtguide.dose.dvh.DvhCurve;

/**
 * The cumulative DVH plot's geometry, shared by the SVG (HTML) and PDF renderers: dose on x from 0
 * to the largest dose rounded up to 10 Gy, volume 0–100 % on y, one colour per structure.
 */
final class DvhPlot {
    static final double WIDTH = 640;
    static final double HEIGHT = 320;
    static final double LEFT = 50;
    static final double BOTTOM = 30;
    static final double TOP = 10;
    static final double RIGHT = 150;
    static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf",
        "#7f7f7f", "#bcbd22"};

    private final double maxDose;
    private final double tick;

    DvhPlot(List<DvhCurve> curves) {
        double max = 0;
        for (DvhCurve c : curves) {
            for (double d : c.doseGy()) {
                max = Math.max(max, d);
            }
        }
        double top = Math.max(1, max);
        double step = 1;
        for (double candidate : new double[] {1, 2, 5, 10, 20, 50, 100}) {
            step = candidate;
            if (Math.ceil(top / candidate) <= 10) {
                break;
            }
        }
        this.tick = step;
        this.maxDose = Math.ceil(top / step) * step;
    }

    /** Dose between two x-axis ticks: 1, 2, 5, 10, 20, 50 or 100 Gy, for at most 10 ticks. */
    double tick() {
        return tick;
    }

    int ticks() {
        return (int) Math.round(maxDose / tick);
    }

    double maxDose() {
        return maxDose;
    }

    /** x of a dose, from the plot's left edge (y grows downwards, as in SVG). */
    double x(double doseGy) {
        return LEFT + (WIDTH - LEFT - RIGHT) * doseGy / maxDose;
    }

    double y(double volumePercent) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - volumePercent / 100);
    }

    static String colour(int i) {
        return COLOURS[i % COLOURS.length];
    }

    static String svg(List<DvhCurve> curves) {
        DvhPlot p = new DvhPlot(curves);
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                + "viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"Cumulative DVHs\" font-family=\"sans-serif\" font-size=\"10\">\n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        for (int v = 0; v <= 100; v += 20) {
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%d %%</text>\n", p.x(0), p.y(v), p.x(p.maxDose), p.y(v),
                    p.x(0) - 4, p.y(v) + 3, v));
        }
        for (int i = 0; i <= p.ticks(); i++) {
            double d = i * p.tick();
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>\n", p.x(d), p.y(0), p.x(d), p.y(100), p.x(d),
                    p.y(0) + 14, trim(d)));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">dose (Gy)</text>\n",
                p.x(p.maxDose / 2), HEIGHT - 2));
        for (int i = 0; i < curves.size(); i++) {
            DvhCurve c = curves.get(i);
            StringBuilder points = new StringBuilder();
            for (int k = 0; k < c.doseGy().size(); k++) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", p.x(c.doseGy().get(k)), p.y(c.volumePercent().get(k))));
            }
            s.append("<polyline fill=\"none\" stroke-width=\"1.5\" stroke=\"").append(colour(i)).append("\" points=\"")
                    .append(points.toString().strip()).append("\"/>\n");
            double ly = TOP + 12 + 14 * i;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"3\"/>"
                    + "<text x=\"%.1f\" y=\"%.1f\">%s</text>\n", WIDTH - RIGHT + 10, ly - 3, WIDTH - RIGHT + 26, ly - 3, colour(i),
                    WIDTH - RIGHT + 30, ly, HtmlReport.escape(c.structure())));
        }
        return s.append("</svg>").toString();
    }

    static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
