package org.srtguide.dose.grid;

/**
 * An axial dose grid in patient coordinates (mm): {@code columns × rows} pixels per plane, pixel
 * centres at {@code x0 + i·dx}, {@code y0 + j·dy}; planes at {@code z[k]} (ascending). Doses in Gy,
 * stored plane by plane, row by row ({@code dose[(k·rows + j)·columns + i]}).
 */
public record DoseGrid(int columns, int rows, double x0, double y0, double dx, double dy, double[] z, float[] dose) {

    public DoseGrid {
        if (columns < 1 || rows < 1 || z.length < 1) {
            throw new IllegalArgumentException("the dose grid needs at least one pixel and one plane");
        }
        if (!(dx > 0) || !(dy > 0)) {
            throw new IllegalArgumentException("pixel spacing must be > 0");
        }
        for (int k = 1; k < z.length; k++) {
            if (!(z[k] > z[k - 1])) {
                throw new IllegalArgumentException("dose planes must be at strictly ascending z (plane " + k + ")");
            }
        }
        if (dose.length != (long) columns * rows * z.length) {
            throw new IllegalArgumentException("the dose grid holds " + dose.length + " values, expected "
                    + (long) columns * rows * z.length);
        }
    }

    public int planes() {
        return z.length;
    }

    public float at(int k, int j, int i) {
        return dose[(k * rows + j) * columns + i];
    }

    /** The largest dose in the grid (Gy). */
    public double maxDose() {
        float max = 0;
        for (float d : dose) {
            max = Math.max(max, d);
        }
        return max;
    }

    /**
     * The dose plane at {@code zc}, linearly interpolated between the two nearest planes; null when
     * {@code zc} lies outside the grid by more than half a plane spacing (a single-plane grid covers
     * only its own plane ± 0.5 mm).
     */
    public float[] planeAt(double zc) {
        int n = z.length;
        int size = columns * rows;
        float[] out = new float[size];
        double half = n == 1 ? 0.5 : Math.min(z[1] - z[0], z[n - 1] - z[n - 2]) / 2;
        if (zc < z[0] - half || zc > z[n - 1] + half) {
            return null;
        }
        if (zc <= z[0] || n == 1) {
            System.arraycopy(dose, 0, out, 0, size);
            return out;
        }
        if (zc >= z[n - 1]) {
            System.arraycopy(dose, (n - 1) * size, out, 0, size);
            return out;
        }
        int k = 0;
        while (z[k + 1] < zc) {
            k++;
        }
        float t = (float) ((zc - z[k]) / (z[k + 1] - z[k]));
        int a = k * size;
        int b = a + size;
        for (int p = 0; p < size; p++) {
            out[p] = dose[a + p] + t * (dose[b + p] - dose[a + p]);
        }
        return out;
    }
}
