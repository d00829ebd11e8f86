package org.srtguide.dose.dvh;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.DoubleBinaryOperator;

/**
 * A cumulative dose-volume histogram, stored as points (D_i, f_i) with D strictly ascending and f
 * the fraction of the structure receiving at least D_i (non-increasing). The curve between points
 * is linear (a uniform dose distribution inside each bin), which is the only interpolation used.
 *
 * <p>Conventions (docs/dose-constraints.md): the first point stands for the whole structure, so
 * V(x) = f_0 for x ≤ D_0; a curve that ends above zero volume is truncated and anything beyond its
 * last point is not evaluable.
 */
public final class Dvh {
    /** Tolerance for "the volume has reached zero" and "the whole structure" comparisons. */
    private static final double EPS = 1e-9;

    private final double[] dose;
    private final double[] fraction;
    private final Double totalCc;
    private final double maxBinWidthGy;

    private Dvh(double[] dose, double[] fraction, Double totalCc) {
        this.dose = dose;
        this.fraction = fraction;
        this.totalCc = totalCc;
        double w = 0;
        for (int i = 1; i < dose.length; i++) {
            w = Math.max(w, dose[i] - dose[i - 1]);
        }
        this.maxBinWidthGy = w;
    }

    /**
     * Builds a DVH from caller data. Throws {@link IllegalArgumentException} with a readable message
     * when the data are inconsistent (lengths, order, negative volume).
     *
     * @param structureVolumeCc the structure volume; used for % DVHs, ignored for cc DVHs whose
     *     total is their own first cumulative value (or bin sum)
     */
    public static Dvh of(DvhType type, VolumeUnit unit, double[] doseGy, double[] volume, Double structureVolumeCc) {
        check(doseGy.length > 0, "doseGy is empty");
        check(doseGy.length == volume.length, "doseGy has %d values but the volumes have %d", doseGy.length, volume.length);
        // Plain ifs: these loops run over thousands of bins, so no varargs or boxing per point.
        for (int i = 0; i < doseGy.length; i++) {
            if (!(Double.isFinite(doseGy[i]) && doseGy[i] >= 0)) {
                check(false, "doseGy[%d] must be a finite dose ≥ 0", i);
            }
            if (!(Double.isFinite(volume[i]) && volume[i] >= 0)) {
                check(false, "volume[%d] must be finite and ≥ 0", i);
            }
            if (i > 0 && !(doseGy[i] > doseGy[i - 1])) {
                check(false, "doseGy must be strictly ascending (index %d)", i);
            }
        }
        check(structureVolumeCc == null || structureVolumeCc > 0, "the structure volume must be > 0");
        return type == DvhType.CUMULATIVE
                ? cumulative(unit, doseGy, volume, structureVolumeCc)
                : differential(unit, doseGy, volume, structureVolumeCc);
    }

    private static Dvh cumulative(VolumeUnit unit, double[] d, double[] v, Double structureCc) {
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[i - 1]) {
                check(false, "a cumulative DVH must not increase (index %d)", i);
            }
        }
        check(v[0] > 0, "a cumulative DVH must start with a volume > 0");
        double total;
        Double totalCc;
        if (unit == VolumeUnit.PERCENT) {
            // The first point must be the whole structure; half a percent covers rounding in exports.
            check(Math.abs(v[0] - 100.0) <= 0.5, "a cumulative %% DVH must start at 100 %% (found %s)", v[0]);
            total = v[0];
            totalCc = structureCc;
        } else {
            total = v[0];
            totalCc = v[0];
        }
        double[] f = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = v[i] / total;
        }
        return new Dvh(d.clone(), f, totalCc);
    }

    private static Dvh differential(VolumeUnit unit, double[] upperEdges, double[] v, Double structureCc) {
        check(upperEdges[0] > 0, "the first bin of a differential DVH must have an upper edge > 0 Gy");
        double total = Arrays.stream(v).sum();
        check(total > 0, "a differential DVH must contain volume");
        if (unit == VolumeUnit.PERCENT) {
            check(Math.abs(total - 100.0) <= 0.5, "a differential %% DVH must sum to 100 %% (found %s)", total);
        }
        double[] d = new double[v.length + 1];
        double[] f = new double[v.length + 1];
        f[0] = 1.0;
        double remaining = total;
        for (int i = 0; i < v.length; i++) {
            remaining -= v[i];
            d[i + 1] = upperEdges[i];
            f[i + 1] = Math.max(0.0, remaining / total);
        }
        // Summation residue would otherwise leave a tiny tail that makes Dmax "not evaluable".
        f[f.length - 1] = f[f.length - 1] < EPS ? 0.0 : f[f.length - 1];
        return new Dvh(d, f, unit == VolumeUnit.CC ? total : structureCc);
    }

    /** Total structure volume in cm³, if known. */
    public OptionalDouble totalCc() {
        return totalCc == null ? OptionalDouble.empty() : OptionalDouble.of(totalCc);
    }

    /** The widest dose step of the curve: the resolution behind every reading. */
    public double maxBinWidthGy() {
        return maxBinWidthGy;
    }

    /** The dose of the curve's last point (Gy). */
    public double lastDoseGy() {
        return dose[dose.length - 1];
    }

    public int points() {
        return dose.length;
    }

    /** Vx: volume receiving at least {@code doseGy}, in the requested unit. */
    public Reading volumeAtDose(double doseGy, VolumeUnit unit) {
        int last = dose.length - 1;
        double f;
        if (doseGy <= dose[0]) {
            f = fraction[0];
        } else if (doseGy > dose[last]) {
            if (fraction[last] > EPS) {
                return Reading.notEvaluable(String.format(Locale.ROOT,
                        "the DVH ends at %s Gy with %s %% of the structure still above it", fmt(dose[last]), fmt(100 * fraction[last])));
            }
            f = 0.0;
        } else {
            int i = lowerIndex(doseGy);
            f = i == last ? fraction[last] : lerp(dose[i], fraction[i], dose[i + 1], fraction[i + 1], doseGy);
        }
        return inUnit(f, unit);
    }

    /** Dv: the highest dose D with V(D) ≥ v (the minimum dose to the hottest v). */
    public Reading doseAtVolume(double volume, VolumeUnit unit) {
        Reading asFraction = toFraction(volume, unit);
        if (!asFraction.evaluable()) {
            return asFraction;
        }
        double v = asFraction.value();
        if (v > 1.0 + EPS) {
            return Reading.notEvaluable(String.format(Locale.ROOT, "the requested volume %s %s exceeds the structure volume%s",
                    fmt(volume), unit == VolumeUnit.CC ? "cm³" : "%", totalCc == null ? "" : " of " + fmt(totalCc) + " cm³"));
        }
        if (v <= 0) {
            return maxDose();
        }
        int last = dose.length - 1;
        if (fraction[last] >= v - EPS) {
            return Reading.notEvaluable(String.format(Locale.ROOT,
                    "the DVH ends at %s Gy before the volume falls below the requested one", fmt(dose[last])));
        }
        int i = lastIndexAtLeast(v);
        double d = fraction[i] - fraction[i + 1] <= 0 ? dose[i]
                : dose[i] + (fraction[i] - v) / (fraction[i] - fraction[i + 1]) * (dose[i + 1] - dose[i]);
        return Reading.of(d);
    }

    /** Dmax read from the DVH: the dose at which the cumulative curve first reaches zero volume. */
    public Reading maxDose() {
        int last = dose.length - 1;
        if (fraction[last] > EPS) {
            return Reading.notEvaluable(String.format(Locale.ROOT,
                    "the DVH ends at %s Gy before reaching zero volume, so the maximum dose is unknown", fmt(dose[last])));
        }
        for (int i = 0; i <= last; i++) {
            if (fraction[i] <= EPS) {
                return Reading.of(dose[i]);
            }
        }
        return Reading.of(dose[last]);
    }

    /** Dmean: Σ(bin volume × bin centre) / total, the same as ∫V(D)dD over the piecewise-linear curve. */
    public Reading meanDose() {
        return mean((lo, hi) -> 0.5 * (lo + hi), "mean dose");
    }

    /**
     * The volume-weighted mean of a function of dose, bin by bin: between two points the bin's
     * volume is spread uniformly in dose (the linear curve), so {@code binMean.applyAsDouble(lo, hi)}
     * must return the exact mean of the function over [lo, hi] (e.g. an EQD2 mean). No
     * interpolation between converted points: the function may be non-linear.
     */
    public Reading mean(DoubleBinaryOperator binMean, String what) {
        int last = dose.length - 1;
        if (fraction[last] > EPS) {
            return Reading.notEvaluable(String.format(Locale.ROOT,
                    "the DVH ends at %s Gy before reaching zero volume, so the %s is unknown", fmt(dose[last]), what));
        }
        double sum = 0;
        for (int i = 0; i < last; i++) {
            double binVolume = fraction[i] - fraction[i + 1];
            if (binVolume > 0) {
                sum += binVolume * binMean.applyAsDouble(dose[i], dose[i + 1]);
            }
        }
        return Reading.of(sum / fraction[0]);
    }

    private Reading inUnit(double f, VolumeUnit unit) {
        if (unit == VolumeUnit.PERCENT) {
            return Reading.of(100.0 * f);
        }
        return totalCc == null ? Reading.notEvaluable(NO_VOLUME) : Reading.of(f * totalCc);
    }

    private Reading toFraction(double volume, VolumeUnit unit) {
        if (unit == VolumeUnit.PERCENT) {
            return Reading.of(volume / 100.0);
        }
        return totalCc == null ? Reading.notEvaluable(NO_VOLUME) : Reading.of(volume / totalCc);
    }

    private static final String NO_VOLUME =
            "the structure volume is unknown (a % DVH without volumeCc), so a cm³ metric cannot be read";

    /** Largest i with dose[i] ≤ x (x within the curve's range). */
    private int lowerIndex(double x) {
        int i = Arrays.binarySearch(dose, x);
        return i >= 0 ? i : -i - 2;
    }

    /** Largest i with fraction[i] ≥ v, given fraction[0] ≥ v > fraction[last]. */
    private int lastIndexAtLeast(double v) {
        int lo = 0;
        int hi = fraction.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (fraction[mid] >= v - EPS) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double lerp(double x0, double y0, double x1, double y1, double x) {
        return y0 + (y1 - y0) * (x - x0) / (x1 - x0);
    }

    private static final MathContext FOUR_DIGITS = new MathContext(4);

    /** Four significant digits, no trailing zeros: for messages only. */
    public static String fmt(double v) {
        return BigDecimal.valueOf(v).round(FOUR_DIGITS).stripTrailingZeros().toPlainString();
    }

    private static void check(boolean condition, String format, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
        }
    }
}
