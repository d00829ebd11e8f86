package org.srtguide.dose.constraints;

import java.util.List;
import java.util.stream.Stream;

import org.srtguide.dose.dvh.Metric;

/**
 * One row of a constraint set. {@code ideal} is the per-protocol limit; {@code acceptable}, when
 * present, is the looser acceptable-variation limit; {@code priority} (optional, 1 = most important)
 * is the set's own ranking where its source gives one. Numbers come from YAML, never from code.
 */
public record Constraint(String id, String structure, List<String> aliases, Metric metric, ValueUnit unit,
        Comparator comparator, double ideal, Double acceptable, double alphaBetaGy, String source,
        SourceStatus status, String note, Integer priority) {

    /** The structure name followed by its aliases. */
    public List<String> names() {
        return Stream.concat(Stream.of(structure), aliases.stream()).toList();
    }
}
