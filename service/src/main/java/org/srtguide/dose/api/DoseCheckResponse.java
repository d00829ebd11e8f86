package org.srtguide.dose.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.srtguide.dose.check.CheckReport;
import org.srtguide.dose.check.ConstraintResult;
import org.srtguide.dose.check.CumulativeDetail;
import org.srtguide.dose.constraints.ConstraintSet;

/** Response of POST /api/dose-checks (docs/api.md). {@code auditId} is filled by the audit trail. */
public record DoseCheckResponse(SetRef constraintSet, String auditId, boolean fractionationConverted,
        List<Result> results, CheckReport.Summary summary, List<String> notes) {

    public record SetRef(String id, int version, String title, String source, String category, String referenceFractionation) {
        static SetRef of(ConstraintSet s) {
            return new SetRef(s.id(), s.version(), s.title(), s.source(), s.category().name(), s.reference().summary());
        }
    }

    /** One row; numbers rounded to 4 decimals for display (verdicts use the unrounded values). */
    public record Result(String constraintId, String kind, String structure, String matchedStructure, String metric,
            String evaluatedMetric, String unit, String basis, Double value, String comparator, Double limit,
            Double acceptableLimit, String verdict, String reason, Double convertedLimit, Double convertedAcceptableLimit,
            Double alphaBetaGy, Double dvhBinWidthGy, String source, String status, CumulativeDetail cumulative,
            String referenceCourse) {

        static Result of(ConstraintResult r) {
            return new Result(r.constraintId(), r.kind().name(), r.structure(), r.matchedStructure(), r.metric(),
                    r.evaluatedMetric(), r.unit(), r.basis() == null ? null : r.basis().name(), round(r.value()),
                    r.comparator(), r.limit(), r.acceptableLimit(), r.verdict().name(), r.reason(), round(r.convertedLimit()),
                    round(r.convertedAcceptableLimit()), r.alphaBetaGy(), round(r.dvhBinWidthGy()), r.source(),
                    r.status() == null ? null : r.status().name(), r.cumulative(), r.referenceCourse());
        }
    }

    public DoseCheckResponse withAuditId(String id) {
        return new DoseCheckResponse(constraintSet, id, fractionationConverted, results, summary, notes);
    }

    public static DoseCheckResponse of(CheckReport report, List<String> notes) {
        return new DoseCheckResponse(SetRef.of(report.set()), null, report.converted(),
                report.results().stream().map(Result::of).toList(), report.summary(), List.copyOf(notes));
    }

    static Double round(Double v) {
        return v == null ? null : BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
