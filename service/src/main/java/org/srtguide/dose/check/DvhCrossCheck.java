package org.srtguide.dose.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.srtguide.dose.dvh.Dvh;

/**
 * Compares a check run on the DVHs computed from the dose grid with the same check run on the
 * planning system's DVHs (docs/dose-constraints.md §11.5). The computed row is kept; a row whose two
 * values differ by more than {@code tolerance × |limit|} becomes {@link Verdict#DVH_MISMATCH} with
 * both values in its reason, so the checker never silently prefers one of two disagreeing DVHs.
 */
public final class DvhCrossCheck {
    /** The default tolerance: 2 % of the limit. */
    public static final double DEFAULT_TOLERANCE = 0.02;

    private DvhCrossCheck() {
    }

    /** One row of the combined report and what the imported DVH gave for it. */
    public record Row(ConstraintResult result, Double importedValue, Verdict importedVerdict) {
    }

    /** The combined report, rows in the computed report's order. */
    public record Outcome(CheckReport report, List<Row> rows) {
    }

    public static Outcome compare(CheckReport computed, CheckReport imported, double tolerance) {
        Map<String, ConstraintResult> byId = new HashMap<>();
        imported.results().forEach(r -> byId.put(r.kind() + "/" + r.constraintId(), r));
        List<Row> rows = new ArrayList<>();
        List<ConstraintResult> results = new ArrayList<>();
        for (ConstraintResult c : computed.results()) {
            ConstraintResult i = byId.get(c.kind() + "/" + c.constraintId());
            ConstraintResult out = c;
            if (i != null && c.value() != null && i.value() != null && c.effectiveLimit() != null) {
                double allowed = tolerance * Math.abs(c.effectiveLimit());
                double diff = Math.abs(c.value() - i.value());
                if (diff > allowed) {
                    out = c.withVerdict(Verdict.DVH_MISMATCH, String.format(Locale.ROOT,
                            "the DVH computed from the dose grid gives %s %s (%s), the planning system's DVH %s %s (%s): they differ"
                                    + " by %s %s, more than %s %% of the limit (%s %s); check both before relying on either",
                            Dvh.fmt(c.value()), c.unit(), c.verdict(), Dvh.fmt(i.value()), c.unit(), i.verdict(), Dvh.fmt(diff),
                            c.unit(), Dvh.fmt(100 * tolerance), Dvh.fmt(c.effectiveLimit()), c.unit()));
                }
            }
            results.add(out);
            rows.add(new Row(out, i == null ? null : i.value(), i == null ? null : i.verdict()));
        }
        CheckReport report = new CheckReport(computed.set(), computed.converted(), results, CheckReport.Summary.of(results));
        return new Outcome(report, rows);
    }
}
