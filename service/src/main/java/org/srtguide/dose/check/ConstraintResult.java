package org.srtguide.dose.check;

import org.srtguide.dose.constraints.SourceStatus;

/**
 * One evaluated row. {@code limit}/{@code acceptableLimit} are the set's numbers; when the plan's
 * fractionation differs from the set's, {@code convertedLimit} is the physical dose actually used
 * (the converted dose level of a Vx, or the converted dose limit of a dose metric), and
 * {@code referenceCourse} names the reference course the conversion used.
 */
public record ConstraintResult(String constraintId, Kind kind, String structure, String matchedStructure,
        String metric, String evaluatedMetric, String unit, Basis basis, Double value, String comparator,
        Double limit, Double acceptableLimit, Verdict verdict, String reason, Double convertedLimit,
        Double convertedAcceptableLimit, Double alphaBetaGy, Double dvhBinWidthGy, String source,
        SourceStatus status, CumulativeDetail cumulative, String referenceCourse) {

    /** The same row with another verdict and reason (the DVH cross-check's {@link Verdict#DVH_MISMATCH}). */
    public ConstraintResult withVerdict(Verdict newVerdict, String newReason) {
        return new ConstraintResult(constraintId, kind, structure, matchedStructure, metric, evaluatedMetric, unit, basis, value,
                comparator, limit, acceptableLimit, newVerdict, newReason, convertedLimit, convertedAcceptableLimit, alphaBetaGy,
                dvhBinWidthGy, source, status, cumulative, referenceCourse);
    }

    /**
     * The limit the value was compared with: a dose metric's converted limit when the fractionation
     * was converted; a Vx row's volume limit always (its conversion moves the dose level, not the limit).
     */
    public Double effectiveLimit() {
        boolean volumeMetric = metric != null && metric.startsWith("V");
        return convertedLimit != null && !volumeMetric ? convertedLimit : limit;
    }

    /** Where a row comes from. */
    public enum Kind { CONSTRAINT, CUMULATIVE, PLUGIN }

    /** Whether a dose is physical or an LQ equivalent in 2 Gy fractions. */
    public enum Basis { PHYSICAL, EQD2 }
}
