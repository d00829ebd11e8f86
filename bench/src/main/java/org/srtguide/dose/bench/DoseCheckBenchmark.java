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
import org.srtguide.dose.dvh.Dvh;
import org.srtguide.dose.dvh.DvhType;
import org.srtguide.dose.dvh.VolumeUnit;

/**
 * One plan of 10 structures, cumulative DVHs in 1 cGy bins from 0 to 80 Gy (8,001 points each),
 * checked against every built-in constraint set. The plan is 62.5 Gy in 25 fractions, so most sets
 * take the LQ-conversion path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DoseCheckBenchmark {
    static final String[] NAMES = {"Rectum", "Bladder", "Bladder-CTV", "PenileBulb", "Femur_L", "Femur_R", "Colon",
        "SmallBowel", "BowelBag", "PTV_p"};

    DoseChecker checker;
    List<ConstraintSet> sets;
    double[] dose;
    double[][] volumes;
    Plan plan;

    @Setup
    public void setUp() {
        sets = List.copyOf(ConstraintSetRegistry.builtIn().all());
        checker = new DoseChecker(List.of(), 1.0);
        dose = new double[8001];
        for (int i = 0; i < dose.length; i++) {
            dose[i] = i / 100.0;
        }
        volumes = new double[NAMES.length][];
        List<StructureDvh> structures = new ArrayList<>();
        for (int s = 0; s < NAMES.length; s++) {
            volumes[s] = sigmoid(20 + 5 * s, 4 + s % 3, 40.0 + 15 * s);
            structures.add(new StructureDvh(NAMES[s], Dvh.of(DvhType.CUMULATIVE, VolumeUnit.CC, dose, volumes[s], null)));
        }
        plan = new Plan(62.5, 25, structures);
    }

    /** A falling S-shaped cumulative curve (cm³) that reaches zero at the last bin. */
    private double[] sigmoid(double d50, double width, double totalCc) {
        double[] v = new double[dose.length];
        double top = 1 / (1 + Math.exp(-d50 / width));
        for (int i = 0; i < dose.length; i++) {
            v[i] = totalCc * (1 / (1 + Math.exp((dose[i] - d50) / width))) / top;
        }
        v[v.length - 1] = 0;
        v[0] = totalCc;
        return v;
    }

    /** The checker alone: DVHs already built. */
    @Benchmark
    public void checkPlanAgainstAllBuiltInSets(Blackhole bh) {
        for (ConstraintSet set : sets) {
            bh.consume(checker.check(set, plan, List.of(), CumulativePolicy.PLAIN_SUM));
        }
    }

    /** Including building (validating, normalising) the 10 DVHs from raw arrays, as a request does. */
    @Benchmark
    public void buildDvhsAndCheckAllBuiltInSets(Blackhole bh) {
        List<StructureDvh> structures = new ArrayList<>(NAMES.length);
        for (int s = 0; s < NAMES.length; s++) {
            structures.add(new StructureDvh(NAMES[s], Dvh.of(DvhType.CUMULATIVE, VolumeUnit.CC, dose, volumes[s], null)));
        }
        Plan p = new Plan(62.5, 25, structures);
        for (ConstraintSet set : sets) {
            bh.consume(checker.check(set, p, List.of(), CumulativePolicy.PLAIN_SUM));
        }
    }
}
