package org.srtguide.dose.constraints;

import org.srtguide.dose.lq.Lq;

/**
 * The fractionation a set's dose levels were written for: either a dose per fraction (a level of
 * D Gy was given as D/d fractions) or a number of fractions (a level of D Gy was given in n
 * fractions). Plans within the stated dose-per-fraction range use the set unchanged.
 */
public record ReferenceFractionation(Double dosePerFractionGy, Double minDosePerFractionGy,
        Double maxDosePerFractionGy, Integer fractions, String description) {

    private static final double EPS = 1e-9;

    /** True when the plan's fractionation is the reference one, so no LQ conversion is needed. */
    public boolean matches(double planTotalGy, int planFractions) {
        if (fractions != null) {
            return planFractions == fractions;
        }
        double d = planTotalGy / planFractions;
        double lo = minDosePerFractionGy != null ? minDosePerFractionGy : dosePerFractionGy;
        double hi = maxDosePerFractionGy != null ? maxDosePerFractionGy : dosePerFractionGy;
        return d >= lo - EPS && d <= hi + EPS;
    }

    /** BED of a dose level of this set. */
    public double bed(double doseLevelGy, double alphaBeta) {
        return fractions != null
                ? Lq.bed(doseLevelGy, fractions, alphaBeta)
                : Lq.bedAtDosePerFraction(doseLevelGy, dosePerFractionGy, alphaBeta);
    }

    /** EQD2 of a dose level of this set. */
    public double eqd2(double doseLevelGy, double alphaBeta) {
        return Lq.eqd2FromBed(bed(doseLevelGy, alphaBeta), alphaBeta);
    }

    /** The physical dose in the plan's fractions that is isoeffective with a dose level of this set. */
    public double convert(double doseLevelGy, int planFractions, double alphaBeta) {
        return Lq.isoeffectiveTotalDose(bed(doseLevelGy, alphaBeta), planFractions, alphaBeta);
    }

    public String summary() {
        return description != null ? description
                : fractions != null ? fractions + " fractions" : dosePerFractionGy + " Gy per fraction";
    }
}
