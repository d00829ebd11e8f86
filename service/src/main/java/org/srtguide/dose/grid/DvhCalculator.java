package org.srtguide.dose.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.srtguide.dose.dvh.Dvh;
import org.srtguide.dose.dvh.DvhType;
import org.srtguide.dose.dvh.VolumeUnit;

/**
 * Cumulative DVHs from a dose grid and contours (docs/dose-constraints.md §11). Each contour plane
 * stands for a slab of the structure's contour spacing centred on it (dicompyler-core's convention);
 * the dose on that plane is interpolated linearly between the two nearest dose planes; the plane is
 * sampled on the dose pixel lattice, super-sampled for small structures; doses go into bins of
 * {@link #BIN_GY}. Pure Java: no CDI.
 */
public final class DvhCalculator {
    /** Histogram bin width: 1 cGy. */
    public static final double BIN_GY = 0.01;

    /**
     * {@code superSampling} samples per pixel edge for every structure (1 = one sample per dose
     * pixel); structures whose contours enclose less than {@code smallStructureCc} get at least
     * {@code smallSuperSampling}.
     */
    public record Options(int superSampling, double smallStructureCc, int smallSuperSampling) {
        public static final Options DEFAULT = new Options(2, 50.0, 4);

        public Options {
            if (superSampling < 1 || superSampling > 16 || smallSuperSampling < 1 || smallSuperSampling > 16) {
                throw new IllegalArgumentException("super-sampling must be 1 to 16 samples per pixel edge");
            }
        }
    }

    /**
     * One computed DVH: the rasterised volume, the volume the contours enclose (slab convention), the
     * exact mean and maximum of the sampled doses, and what was assumed.
     */
    public record Result(String name, Dvh dvh, double volumeCc, double contourVolumeCc, double meanGy, double maxGy,
            int superSampling, List<String> notes) {
    }

    private final DoseGrid grid;
    private final Options options;
    private final Map<Double, float[]> planes = new HashMap<>();
    private final int bins;

    /** One calculator per grid: it keeps the dose planes it interpolated for the next structure. */
    public DvhCalculator(DoseGrid grid, Options options) {
        this.grid = grid;
        this.options = options;
        this.bins = (int) (grid.maxDose() / BIN_GY) + 2;
    }

    /** The DVH of one structure; throws {@link IllegalArgumentException} when nothing of it lies in the grid. */
    public Result compute(RoiContours roi) {
        TreeMap<Double, List<Contour>> byPlane = new TreeMap<>();
        for (Contour c : roi.contours()) {
            byPlane.computeIfAbsent(Math.round(c.z() * 100) / 100.0, z -> new ArrayList<>()).add(c);
        }
        if (byPlane.isEmpty()) {
            throw new IllegalArgumentException("ROI '" + roi.name() + "' has no closed planar contours");
        }
        List<String> notes = new ArrayList<>();
        double thickness = thickness(byPlane, roi.name(), notes);
        double contourCc = 0;
        for (List<Contour> plane : byPlane.values()) {
            contourCc += area(plane) * thickness / 1000;
        }
        int s = contourCc < options.smallStructureCc()
                ? Math.max(options.superSampling(), options.smallSuperSampling()) : options.superSampling();
        PlaneRasteriser raster = new PlaneRasteriser(grid, s);
        double sampleCc = grid.dx() * grid.dy() / (s * s) * thickness / 1000;
        double[] hist = new double[bins];
        double[] sum = new double[3]; // volume, dose × volume, max dose
        double outsideCc = 0;
        for (Map.Entry<Double, List<Contour>> e : byPlane.entrySet()) {
            float[] plane = planes.computeIfAbsent(e.getKey(), grid::planeAt);
            if (plane == null) {
                outsideCc += area(e.getValue()) * thickness / 1000;
                continue;
            }
            raster.rasterise(e.getValue(), plane, dose -> {
                int bin = (int) (dose / BIN_GY);
                hist[Math.min(Math.max(bin, 0), hist.length - 1)] += sampleCc;
                sum[0] += sampleCc;
                sum[1] += dose * sampleCc;
                sum[2] = Math.max(sum[2], dose);
            });
        }
        if (outsideCc > 0) {
            notes.add(String.format(Locale.ROOT, "%.3f cm³ of contours lie on planes outside the dose grid and are not in the DVH",
                    outsideCc));
        }
        if (beyondLattice(roi, raster.extent())) {
            notes.add("contours extend beyond the dose grid in x or y; the DVH covers only the part inside the grid");
        }
        if (!(sum[0] > 0)) {
            throw new IllegalArgumentException("ROI '" + roi.name() + "' covers no sample of the dose grid");
        }
        notes.add(String.format(Locale.ROOT, "computed from the dose grid: %.3f cm³ sampled (%d × %d samples per pixel) for"
                + " %.3f cm³ enclosed by the contours (%+.2f %%), slab %.2f mm, %s Gy bins",
                sum[0], s, s, contourCc, contourCc > 0 ? 100 * (sum[0] - contourCc) / contourCc : 0, thickness, BIN_GY));
        return new Result(roi.name(), cumulative(hist), sum[0], contourCc, sum[1] / sum[0], sum[2], s, List.copyOf(notes));
    }

    /** Cumulative points at every bin's lower edge, ending at the upper edge of the last non-empty bin (volume 0). */
    private static Dvh cumulative(double[] hist) {
        int last = hist.length - 1;
        while (last > 0 && hist[last] == 0) {
            last--;
        }
        double[] dose = new double[last + 2];
        double[] volume = new double[last + 2];
        double above = 0;
        for (int i = last; i >= 0; i--) {
            above += hist[i];
            dose[i] = i * BIN_GY;
            volume[i] = above;
        }
        dose[last + 1] = (last + 1) * BIN_GY;
        return Dvh.of(DvhType.CUMULATIVE, VolumeUnit.CC, dose, volume, null);
    }

    /** The contour spacing: the median gap between planes (one plane: the dose plane spacing). */
    private double thickness(TreeMap<Double, List<Contour>> byPlane, String name, List<String> notes) {
        Double[] z = byPlane.keySet().toArray(Double[]::new);
        if (z.length == 1) {
            double t = grid.planes() > 1 ? grid.z()[1] - grid.z()[0] : 1.0;
            notes.add(String.format(Locale.ROOT, "a single contour plane: slab thickness taken as the dose plane spacing, %.2f mm", t));
            return t;
        }
        double[] gaps = new double[z.length - 1];
        for (int i = 1; i < z.length; i++) {
            gaps[i - 1] = z[i] - z[i - 1];
        }
        double[] sorted = gaps.clone();
        Arrays.sort(sorted);
        double t = sorted[sorted.length / 2];
        for (int i = 0; i < gaps.length; i++) {
            if (gaps[i] > 1.5 * t) {
                notes.add(String.format(Locale.ROOT, "contour planes %.2f and %.2f mm are %.2f mm apart (spacing %.2f mm): "
                        + "the gap is not interpolated", z[i], z[i + 1], gaps[i], t));
            }
        }
        return t;
    }

    /** Area enclosed under the even-odd rule: a contour inside an odd number of others is a hole. */
    private static double area(List<Contour> plane) {
        double a = 0;
        for (Contour c : plane) {
            int depth = 0;
            for (Contour other : plane) {
                if (other != c && inside(other, c.x()[0], c.y()[0])) {
                    depth++;
                }
            }
            a += depth % 2 == 0 ? c.area() : -c.area();
        }
        return a;
    }

    private static boolean inside(Contour c, double px, double py) {
        boolean in = false;
        double[] x = c.x();
        double[] y = c.y();
        for (int i = 0, j = x.length - 1; i < x.length; j = i++) {
            if ((y[i] <= py) != (y[j] <= py) && px < x[j] + (py - y[j]) * (x[i] - x[j]) / (y[i] - y[j])) {
                in = !in;
            }
        }
        return in;
    }

    private static boolean beyondLattice(RoiContours roi, double[] extent) {
        for (Contour c : roi.contours()) {
            for (int i = 0; i < c.x().length; i++) {
                if (c.x()[i] < extent[0] || c.x()[i] > extent[1] || c.y()[i] < extent[2] || c.y()[i] > extent[3]) {
                    return true;
                }
            }
        }
        return false;
    }
}
