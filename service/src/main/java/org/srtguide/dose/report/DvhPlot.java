package org.srtguide.dose.report;

import java.util.ArrayList;
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

    /** A grid line with its axis label, coordinates formatted for SVG. */
    record GridLine(String x1, String y1, String x2, String y2, String labelX, String labelY, String anchor, String label) {
    }

    /** One structure's curve and its legend entry. */
    record Curve(String name, String colour, String points, String legendX1, String legendX2, String legendY, String textX,
            String textY) {
    }

    /** The plot as the HTML report's template draws it (the template escapes the structure names). */
    record Svg(List<GridLine> grid, String axisLabelX, String axisLabelY, List<Curve> curves) {
    }

    static Svg svg(List<DvhCurve> curves) {
        DvhPlot p = new DvhPlot(curves);
        List<GridLine> grid = new ArrayList<>();
        for (int v = 0; v <= 100; v += 20) {
            grid.add(new GridLine(f(p.x(0)), f(p.y(v)), f(p.x(p.maxDose)), f(p.y(v)), f(p.x(0) - 4), f(p.y(v) + 3), "end",
                    v + " %"));
        }
        for (int i = 0; i <= p.ticks(); i++) {
            double d = i * p.tick();
            grid.add(new GridLine(f(p.x(d)), f(p.y(0)), f(p.x(d)), f(p.y(100)), f(p.x(d)), f(p.y(0) + 14), "middle", trim(d)));
        }
        List<Curve> drawn = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            DvhCurve c = curves.get(i);
            StringBuilder points = new StringBuilder();
            for (int k = 0; k < c.doseGy().size(); k++) {
                points.append(f(p.x(c.doseGy().get(k)))).append(',').append(f(p.y(c.volumePercent().get(k)))).append(' ');
            }
            double ly = TOP + 12 + 14 * i;
            drawn.add(new Curve(c.structure(), colour(i), points.toString().strip(), f(WIDTH - RIGHT + 10), f(WIDTH - RIGHT + 26),
                    f(ly - 3), f(WIDTH - RIGHT + 30), f(ly)));
        }
        return new Svg(grid, f(p.x(p.maxDose / 2)), f(HEIGHT - 2), drawn);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
