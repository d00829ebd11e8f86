package org.srtguide.dose.check;

import java.util.List;

import org.srtguide.dose.constraints.ConstraintSet;

/** The outcome of checking one plan against one constraint set. */
public record CheckReport(ConstraintSet set, boolean converted, List<ConstraintResult> results, Summary summary) {

    /** Counts per verdict. */
    public record Summary(int perProtocol, int variationAcceptable, int deviationUnacceptable, int notEvaluable,
            int dvhMismatch) {

        static Summary of(List<ConstraintResult> results) {
            int[] n = new int[Verdict.values().length];
            results.forEach(r -> n[r.verdict().ordinal()]++);
            return new Summary(n[Verdict.PER_PROTOCOL.ordinal()], n[Verdict.VARIATION_ACCEPTABLE.ordinal()],
                    n[Verdict.DEVIATION_UNACCEPTABLE.ordinal()], n[Verdict.NOT_EVALUABLE.ordinal()],
                    n[Verdict.DVH_MISMATCH.ordinal()]);
        }
    }
}
