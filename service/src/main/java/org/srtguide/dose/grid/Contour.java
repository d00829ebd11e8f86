package org.srtguide.dose.grid;

/** One closed planar contour: a polygon at height {@code z} (mm), vertices {@code (x[i], y[i])}. */
public record Contour(double z, double[] x, double[] y) {

    public Contour {
        if (x.length != y.length || x.length < 3) {
            throw new IllegalArgumentException("a closed planar contour needs at least 3 points");
        }
    }

    /** The enclosed area (mm², shoelace formula), without sign. */
    public double area() {
        double a = 0;
        for (int i = 0, j = x.length - 1; i < x.length; j = i++) {
            a += (x[j] + x[i]) * (y[j] - y[i]);
        }
        return Math.abs(a) / 2;
    }
}
