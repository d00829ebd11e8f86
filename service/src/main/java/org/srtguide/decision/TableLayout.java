package org.srtguide.decision;

import java.util.List;
import java.util.Map;

/**
 * A decision table as the committee wrote it in the DMN XML: hit policy, columns and every rule with
 * its cells. Read from a model's XML (deployed or archived) by {@link ModelIndex#tables(String)}.
 *
 * @param decision the decision or business knowledge model the table belongs to
 * @param aggregation the COLLECT aggregation (SUM, COUNT, …) or null
 */
public record TableLayout(String tableId, String decision, String hitPolicy, String aggregation, List<Column> inputs,
        List<Column> outputs, List<String> annotations, List<Rule> rules) {

    /** An input (label and expression) or output (name, label) column. */
    public record Column(String id, String label, String expression) {
    }

    /**
     * One rule: its cells in column order, and the annotation entries by annotation column name.
     *
     * @param index 1-based position in the table, as the engine numbers rules
     */
    public record Rule(String id, int index, String description, List<String> inputEntries, List<String> outputEntries,
            Map<String, String> annotations) {
    }
}
