package org.srtguide.decision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Turns the rules selected during an evaluation into rationale entries, in evaluation order. */
public final class Rationale {
    private Rationale() {
    }

    public static List<RationaleEntry> of(EvaluationTrace trace, ModelSet models, Predicate<String> modelFilter) {
        List<RationaleEntry> entries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (TableHit hit : trace.tableHits()) {
            for (String ruleId : hit.selectedIds()) {
                models.rule(ruleId)
                        .filter(rule -> modelFilter.test(rule.modelName()))
                        .filter(rule -> seen.add(rule.ruleId()))
                        .ifPresent(rule -> entries.add(new RationaleEntry(rule.decision(), rule.modelName(),
                                rule.ruleId(), rule.rationale(), rule.source())));
            }
        }
        return entries;
    }
}
