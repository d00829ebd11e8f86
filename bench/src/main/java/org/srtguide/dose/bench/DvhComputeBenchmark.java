package org.srtguide.dose.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.srtguide.dose.check.CumulativePolicy;
import org.srtguide.dose.check.DoseChecker;
import org.srtguide.dose.check.Plan;
import org.srtguide.dose.check.StructureDvh;
import org.srtguide.dose.constraints.ConstraintSet;
import org.srtguide.dose.constraints.ConstraintSetRegistry;
import org.srtguide.dose.grid.Contour;
import org.srtguide.dose.grid.DoseGrid;
import org.srtguide.dose.grid.DvhCalculator;
import org.srtguide.dose.grid.RoiContours;

/**
 * DVHs computed from a 200 × 200 × 100 dose grid (2.5 mm pixels and planes, a smooth 0–75 Gy
 * distribution) for 10 pelvic-sized structures contoured every 2.5 mm (64-vertex ellipses, 0.5 to
 * 1,200 cm³), with the default options (2 × 2 samples per pixel, 4 × 4 under 50 cm³), single-threaded;
 * then the existing check of the computed plan against every built-in set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DvhComputeBenchmark {
    /** name, centre x, centre y (mm), semi-axes a, b (mm), first z, last z (mm). */
    static final Object[][] STRUCTURES = {
        {"PTV_p", 0.0, 0.0, 30.0, 25.0, -30.0, 30.0},
        {"Rectum", 0.0, 35.0, 18.0, 15.0, -50.0, 50.0},
        {"Bladder", 0.0, -40.0, 40.0, 30.0, -20.0, 45.0},
        {"Bladder-CTV", 0.0, -35.0, 25.0, 18.0, -15.0, 25.0},
        {"PenileBulb", 0.0, 10.0, 6.0, 5.0, -70.0, -65.0},
        {"Femur_L", -110.0, 0.0, 25.0, 25.0, -80.0, 40.0},
        {"Femur_R", 110.0, 0.0, 25.0, 25.0, -80.0, 40.0},
        {"Colon", 40.0, 40.0, 20.0, 15.0, 40.0, 110.0},
        {"BowelBag", 0.0, -10.0, 120.0, 80.0, 60.0, 120.0},
        {"SpinalCanal", 0.0, 90.0, 5.0, 5.0, -120.0, 120.0}};

    DoseGrid grid;
    List<RoiContours> rois;
    DoseChecker checker;
    List<ConstraintSet> sets;
    Plan plan;

    @Setup
    public void setUp() {
        int n = 200;
        int planes = 100;
        double[] z = new double[planes];
        float[] dose = new float[n * n * planes];
        for (int k = 0; k < planes; k++) {
            z[k] = -124 + 2.5 * k;
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double x = -250 + 2.5 * i;
                    double y = -250 + 2.5 * j;
                    double r2 = (x * x) / (2 * 45.0 * 45.0) + (y * y) / (2 * 40.0 * 40.0) + (z[k] * z[k]) / (2 * 50.0 * 50.0);
                    dose[(k * n + j) * n + i] = (float) (75 * Math.exp(-r2));
                }
            }
        }
        grid = new DoseGrid(n, n, -250, -250, 2.5, 2.5, z, dose);
        rois = new ArrayList<>();
        for (Object[] s : STRUCTURES) {
            rois.add(ellipse((String) s[0], (double) s[1], (double) s[2], (double) s[3], (double) s[4], (double) s[5], (double) s[6]));
        }
        checker = new DoseChecker(List.of(), 1.0);
        sets = List.copyOf(ConstraintSetRegistry.builtIn().all());
        plan = new Plan(62.5, 25, compute().stream().map(r -> new StructureDvh(r.name(), r.dvh())).toList());
    }

    private static RoiContours ellipse(String name, double cx, double cy, double a, double b, double z0, double z1) {
        List<Contour> contours = new ArrayList<>();
        for (double z = z0; z <= z1 + 1e-9; z += 2.5) {
            double[] x = new double[64];
            double[] y = new double[64];
            for (int v = 0; v < 64; v++) {
                double t = 2 * Math.PI * v / 64;
                x[v] = cx + a * Math.cos(t);
                y[v] = cy + b * Math.sin(t);
            }
            contours.add(new Contour(z, x, y));
        }
        return new RoiContours(name, contours);
    }

    private List<DvhCalculator.Result> compute() {
        DvhCalculator calculator = new DvhCalculator(grid, DvhCalculator.Options.DEFAULT);
        List<DvhCalculator.Result> out = new ArrayList<>(rois.size());
        for (RoiContours roi : rois) {
            out.add(calculator.compute(roi));
        }
        return out;
    }

    /** The 10 DVHs from the grid and the contours (a fresh calculator: no plane reused between runs). */
    @Benchmark
    public void computeTenDvhsFromA200x200x100Grid(Blackhole bh) {
        bh.consume(compute());
    }

    /** The existing check, on the computed DVHs (1 cGy bins), against every built-in set. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void checkComputedPlanAgainstAllBuiltInSets(Blackhole bh) {
        for (ConstraintSet set : sets) {
            bh.consume(checker.check(set, plan, List.of(), CumulativePolicy.PLAIN_SUM));
        }
    }
}
