package org.srtguide.dose.lq;

/**
 * Linear-quadratic arithmetic (docs/dose-constraints.md §4). All doses in Gy; {@code alphaBeta} in Gy.
 * Pure functions, no clinical numbers.
 */
public final class Lq {
    private Lq() {
    }

    /** BED = D·(1 + d/(α/β)) with d = D/n. */
    public static double bed(double totalGy, double fractions, double alphaBeta) {
        requirePositive(fractions, alphaBeta);
        return totalGy * (1 + totalGy / fractions / alphaBeta);
    }

    /**
     * BED of a total dose taken as given at a fixed dose per fraction. Only for a set that opts
     * into the superseded prescription-dose-per-fraction convention (docs/dose-constraints.md §4).
     */
    public static double bedAtDosePerFraction(double totalGy, double dosePerFractionGy, double alphaBeta) {
        requirePositive(1, alphaBeta);
        return totalGy * (1 + dosePerFractionGy / alphaBeta);
    }

    /** EQD2 = D·(d + α/β)/(2 + α/β) with d = D/n. */
    public static double eqd2(double totalGy, double fractions, double alphaBeta) {
        requirePositive(fractions, alphaBeta);
        return totalGy * (totalGy / fractions + alphaBeta) / (2 + alphaBeta);
    }

    /**
     * The exact mean EQD2 over physical doses spread uniformly between {@code loGy} and
     * {@code hiGy}, all given in {@code fractions}: EQD2(D) = (D²/n + (α/β)·D)/(2 + α/β) is
     * quadratic, so its mean over [lo, hi] is ((lo² + lo·hi + hi²)/(3n) + (α/β)(lo + hi)/2)/(2 + α/β).
     */
    public static double meanEqd2OverUniformDose(double loGy, double hiGy, double fractions, double alphaBeta) {
        requirePositive(fractions, alphaBeta);
        return ((loGy * loGy + loGy * hiGy + hiGy * hiGy) / (3 * fractions) + alphaBeta * (loGy + hiGy) / 2) / (2 + alphaBeta);
    }

    /** EQD2 from a BED: BED/(1 + 2/(α/β)). */
    public static double eqd2FromBed(double bed, double alphaBeta) {
        requirePositive(1, alphaBeta);
        return bed / (1 + 2 / alphaBeta);
    }

    /**
     * The total dose in {@code fractions} fractions with the given BED: the positive root of
     * D(1 + D/(n·α/β)) = BED, i.e. D = (n·α/β/2)·(√(1 + 4·BED/(n·α/β)) − 1).
     */
    public static double isoeffectiveTotalDose(double bed, double fractions, double alphaBeta) {
        requirePositive(fractions, alphaBeta);
        double k = fractions * alphaBeta;
        return k / 2 * (Math.sqrt(1 + 4 * bed / k) - 1);
    }

    private static void requirePositive(double fractions, double alphaBeta) {
        if (!(fractions > 0) || !(alphaBeta > 0)) {
            throw new IllegalArgumentException("fractions and α/β must be > 0");
        }
    }
}
