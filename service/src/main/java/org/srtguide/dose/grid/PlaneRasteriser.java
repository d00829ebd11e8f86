package org.srtguide.dose.grid;

import java.util.Arrays;
import java.util.List;

/**
 * Samples one contour plane on the dose grid's pixel lattice, {@code s × s} samples per pixel.
 * Inside is decided by the even-odd rule over all contours of the plane (scanline crossings), so a
 * contour inside another is a hole and a contour inside a hole is an island — the same result as
 * dicompyler-core's nesting rule for properly nested contours. A sample lies on the half-open
 * interval between two crossings, so two abutting boxes share no sample.
 */
final class PlaneRasteriser {
    /** Receives each sample inside the structure with its dose (Gy). */
    interface Sink {
        void accept(double doseGy);
    }

    private final DoseGrid grid;
    private final int s;

    PlaneRasteriser(DoseGrid grid, int superSampling) {
        this.grid = grid;
        this.s = superSampling;
    }

    /** Feeds every inside sample of {@code contours} (one plane) with its dose from {@code plane}. */
    void rasterise(List<Contour> contours, float[] plane, Sink sink) {
        int sampleCols = grid.columns() * s;
        int sampleRows = grid.rows() * s;
        double stepX = grid.dx() / s;
        double stepY = grid.dy() / s;
        // Sample m of the lattice sits at x0 - dx/2 + (m + 0.5)·dx/s.
        double firstX = grid.x0() - grid.dx() / 2 + stepX / 2;
        double firstY = grid.y0() - grid.dy() / 2 + stepY / 2;
        double[] crossings = new double[16];
        for (int r = 0; r < sampleRows; r++) {
            double y = firstY + r * stepY;
            int n = 0;
            for (Contour c : contours) {
                double[] xs = c.x();
                double[] ys = c.y();
                for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
                    if ((ys[i] <= y) != (ys[j] <= y)) {
                        if (n == crossings.length) {
                            crossings = Arrays.copyOf(crossings, n * 2);
                        }
                        crossings[n++] = xs[j] + (y - ys[j]) * (xs[i] - xs[j]) / (ys[i] - ys[j]);
                    }
                }
            }
            if (n < 2) {
                continue;
            }
            Arrays.sort(crossings, 0, n);
            for (int p = 0; p + 1 < n; p += 2) {
                int from = Math.max(0, (int) Math.ceil((crossings[p] - firstX) / stepX));
                int to = Math.min(sampleCols - 1, (int) Math.ceil((crossings[p + 1] - firstX) / stepX) - 1);
                for (int m = from; m <= to; m++) {
                    sink.accept(s == 1 ? plane[r * grid.columns() + m] : bilinear(plane, m, r));
                }
            }
        }
    }

    /** Dose at sample (m, r) by bilinear interpolation between pixel centres, clamped at the edges. */
    private double bilinear(float[] plane, int m, int r) {
        double gx = (m + 0.5) / s - 0.5;
        double gy = (r + 0.5) / s - 0.5;
        int cols = grid.columns();
        int rows = grid.rows();
        gx = Math.max(0, Math.min(cols - 1, gx));
        gy = Math.max(0, Math.min(rows - 1, gy));
        int i = Math.min((int) gx, cols - 2 < 0 ? 0 : cols - 2);
        int j = Math.min((int) gy, rows - 2 < 0 ? 0 : rows - 2);
        double tx = cols == 1 ? 0 : gx - i;
        double ty = rows == 1 ? 0 : gy - j;
        int i1 = cols == 1 ? i : i + 1;
        int j1 = rows == 1 ? j : j + 1;
        double top = plane[j * cols + i] * (1 - tx) + plane[j * cols + i1] * tx;
        double bottom = plane[j1 * cols + i] * (1 - tx) + plane[j1 * cols + i1] * tx;
        return top * (1 - ty) + bottom * ty;
    }

    /** The lattice's extent in x and y (mm): {minX, maxX, minY, maxY}. */
    double[] extent() {
        return new double[] {grid.x0() - grid.dx() / 2, grid.x0() + (grid.columns() - 0.5) * grid.dx(),
                grid.y0() - grid.dy() / 2, grid.y0() + (grid.rows() - 0.5) * grid.dy()};
    }
}
