package org.srtguide.dose.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.srtguide.dose.check.CheckReport;
import org.srtguide.dose.check.ConstraintResult;
import org.srtguide.dose.check.CumulativeDetail;
import org.srtguide.dose.check.DvhCrossCheck;
import org.srtguide.dose.check.LimitDistance;
import org.srtguide.dose.constraints.Constraint;
import org.srtguide.dose.constraints.ConstraintSet;
import org.srtguide.dose.grid.DvhCalculator;

/**
 * Response of POST /api/dose-checks (docs/api.md). {@code auditId} is filled by the audit trail.
 * {@code dvhSource} says which DVHs the verdicts used: REQUEST (JSON DVHs), COMPUTED (from the RT Dose
 * grid and the contours) or IMPORTED (the RT Dose's DVH Sequence); with both DICOM DVHs the computed
 * ones are used and each row shows the imported value beside ({@code dvhMismatchTolerance}).
 */
public record DoseCheckResponse(SetRef constraintSet, String auditId, boolean fractionationConverted, DvhSource dvhSource,
        Double dvhMismatchTolerance, List<ComputedDvh> computedDvhs, List<Result> results, CheckReport.Summary summary,
        List<String> notes) {

    /** Which DVHs the verdicts used. */
    public enum DvhSource { REQUEST, COMPUTED, IMPORTED }

    public record SetRef(String id, int version, String title, String source, String category, String referenceFractionation) {
        static SetRef of(ConstraintSet s) {
            return new SetRef(s.id(), s.version(), s.title(), s.source(), s.category().name(), s.reference().summary());
        }
    }

    /** A DVH computed from the dose grid: sampled and contour-enclosed volume (cm³), exact mean and max dose (Gy). */
    public record ComputedDvh(String structure, Double volumeCc, Double contourVolumeCc, Double meanGy, Double maxGy,
            int superSampling, double binWidthGy) {
        public static ComputedDvh of(DvhCalculator.Result r) {
            return new ComputedDvh(r.name(), round(r.volumeCc()), round(r.contourVolumeCc()), round(r.meanGy()), round(r.maxGy()),
                    r.superSampling(), DvhCalculator.BIN_GY);
        }
    }

    /**
     * One row; numbers rounded to 4 decimals for display (verdicts use the unrounded values).
     * {@code distanceToLimit} is signed: room left (> 0) or excess (< 0), in {@code unit}.
     */
    public record Result(String constraintId, String kind, String structure, String matchedStructure, String metric,
            String evaluatedMetric, String unit, String basis, Double value, String comparator, Double limit,
            Double acceptableLimit, String verdict, String reason, Double convertedLimit, Double convertedAcceptableLimit,
            Double alphaBetaGy, Double dvhBinWidthGy, String source, String status, CumulativeDetail cumulative,
            String referenceCourse, Double distanceToLimit, Double distanceToLimitPercent, Double distanceToAcceptableLimit,
            String tier, Integer priority, DvhSource dvhSource, Double importedValue, String importedVerdict) {

        static Result of(ConstraintResult r, ConstraintSet set, DvhSource dvhSource, Double importedValue, String importedVerdict) {
            LimitDistance d = LimitDistance.of(r);
            return new Result(r.constraintId(), r.kind().name(), r.structure(), r.matchedStructure(), r.metric(),
                    r.evaluatedMetric(), r.unit(), r.basis() == null ? null : r.basis().name(), round(r.value()),
                    r.comparator(), r.limit(), r.acceptableLimit(), r.verdict().name(), r.reason(), round(r.convertedLimit()),
                    round(r.convertedAcceptableLimit()), r.alphaBetaGy(), round(r.dvhBinWidthGy()), r.source(),
                    r.status() == null ? null : r.status().name(), r.cumulative(), r.referenceCourse(), round(d.toLimit()),
                    round(d.toLimitPercent()), round(d.toAcceptableLimit()), d.tier() == null ? null : d.tier().name(),
                    priority(set, r), dvhSource, round(importedValue), importedVerdict);
        }

        /** The set's priority of the row's constraint (a cumulative row "id/cumulative" shares its constraint's). */
        private static Integer priority(ConstraintSet set, ConstraintResult r) {
            if (r.kind() == ConstraintResult.Kind.PLUGIN || r.constraintId() == null) {
                return null;
            }
            String id = r.constraintId().contains("/") ? r.constraintId().substring(0, r.constraintId().indexOf('/')) : r.constraintId();
            return set.constraints().stream().filter(c -> c.id().equals(id)).findFirst().map(Constraint::priority).orElse(null);
        }
    }

    public DoseCheckResponse withAuditId(String id) {
        return new DoseCheckResponse(constraintSet, id, fractionationConverted, dvhSource, dvhMismatchTolerance, computedDvhs,
                results, summary, notes);
    }

    /** A check on one set of DVHs (JSON, or one kind of DICOM DVH). */
    public static DoseCheckResponse of(CheckReport report, DvhSource source, List<ComputedDvh> computed, List<String> notes) {
        return new DoseCheckResponse(SetRef.of(report.set()), null, report.converted(), source, null, List.copyOf(computed),
                report.results().stream().map(r -> Result.of(r, report.set(), source, null, null)).toList(), report.summary(),
                List.copyOf(notes));
    }

    /** A cross-checked DICOM check: computed DVHs used, the imported value beside each row. */
    public static DoseCheckResponse of(DvhCrossCheck.Outcome outcome, double tolerance, List<ComputedDvh> computed,
            List<String> notes) {
        CheckReport report = outcome.report();
        return new DoseCheckResponse(SetRef.of(report.set()), null, report.converted(), DvhSource.COMPUTED, tolerance,
                List.copyOf(computed), outcome.rows().stream().map(row -> Result.of(row.result(), report.set(), DvhSource.COMPUTED,
                        row.importedValue(), row.importedVerdict() == null ? null : row.importedVerdict().name())).toList(),
                report.summary(), List.copyOf(notes));
    }

    static Double round(Double v) {
        return v == null ? null : BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
