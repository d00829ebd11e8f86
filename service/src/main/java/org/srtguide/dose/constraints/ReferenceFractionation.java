package org.srtguide.dose.constraints;

import static org.srtguide.dose.dvh.Dvh.fmt;

import java.util.List;
import java.util.stream.Collectors;

import org.srtguide.dose.lq.Lq;

/**
 * The fractionation a set's dose levels were written for, and how a level is carried over to a
 * plan with other fractions (docs/dose-constraints.md §4).
 *
 * <p>{@link Convention#VOXEL_BY_VOXEL} (the default): the set names its reference course(s). A
 * level L was received by an organ voxel in n_ref fractions, so BED = L(1 + (L/n_ref)/(α/β)); the
 * plan's level is the isoeffective total in the plan's fractions. Plans whose fraction number lies
 * within the courses' range are one of the source's own courses and use the set unchanged; any
 * other plan is converted from the course with the most fractions, which gives the lowest BED and
 * therefore the strictest converted level of the range.
 *
 * <p>{@link Convention#PRESCRIPTION_DOSE_PER_FRACTION}: the superseded convention that every level
 * was given at the prescription's dose per fraction. It is more lenient for hypofractionated
 * plans and is used only when a set asks for it explicitly.
 */
public record ReferenceFractionation(Convention convention, List<ReferenceCourse> courses, Double dosePerFractionGy,
        Double minDosePerFractionGy, Double maxDosePerFractionGy, String description, String source) {

    public enum Convention { VOXEL_BY_VOXEL, PRESCRIPTION_DOSE_PER_FRACTION }

    private static final double EPS = 1e-9;

    public ReferenceFractionation {
        courses = courses == null ? List.of() : List.copyOf(courses);
        if (convention == Convention.VOXEL_BY_VOXEL ? courses.isEmpty() : dosePerFractionGy == null) {
            throw new IllegalArgumentException(convention == Convention.VOXEL_BY_VOXEL
                    ? "voxel-by-voxel conversion needs at least one reference course"
                    : "the prescription-dose-per-fraction convention needs dosePerFractionGy");
        }
    }

    /** The course levels are converted from: the one with the most fractions (the strictest). */
    public ReferenceCourse conversionCourse() {
        return courses.stream().reduce((a, b) -> b.fractions() > a.fractions() ? b : a).orElseThrow();
    }

    /** True when the plan's fractionation is one of the reference ones, so no LQ conversion is needed. */
    public boolean matches(double planTotalGy, int planFractions) {
        if (convention == Convention.VOXEL_BY_VOXEL) {
            int min = courses.stream().mapToInt(ReferenceCourse::fractions).min().orElseThrow();
            return planFractions >= min && planFractions <= conversionCourse().fractions();
        }
        double d = planTotalGy / planFractions;
        double lo = minDosePerFractionGy != null ? minDosePerFractionGy : dosePerFractionGy;
        double hi = maxDosePerFractionGy != null ? maxDosePerFractionGy : dosePerFractionGy;
        return d >= lo - EPS && d <= hi + EPS;
    }

    /** BED of a dose level of this set. */
    public double bed(double doseLevelGy, double alphaBeta) {
        return convention == Convention.VOXEL_BY_VOXEL
                ? Lq.bed(doseLevelGy, conversionCourse().fractions(), alphaBeta)
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

    /**
     * What a converted row used, e.g. "reference course 79.2 Gy/44 fx, voxel by voxel (the most
     * conservative of 78 Gy/39 fx, 79.2 Gy/44 fx)".
     */
    public String basis() {
        if (convention == Convention.PRESCRIPTION_DOSE_PER_FRACTION) {
            return "levels taken as given at " + fmt(dosePerFractionGy)
                    + " Gy per fraction (superseded prescription-dose-per-fraction convention, chosen by this set)";
        }
        String used = "reference course " + conversionCourse().label() + ", voxel by voxel";
        return courses.size() == 1 ? used : used + " (the most conservative of "
                + courses.stream().map(ReferenceCourse::label).collect(Collectors.joining(", ")) + ")";
    }

    public String summary() {
        if (description != null) {
            return description;
        }
        return convention == Convention.VOXEL_BY_VOXEL
                ? courses.stream().map(ReferenceCourse::label).collect(Collectors.joining(", "))
                : fmt(dosePerFractionGy) + " Gy per fraction";
    }
}
