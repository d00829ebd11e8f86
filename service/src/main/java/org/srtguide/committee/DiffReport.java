package org.srtguide.committee;

import java.util.List;
import java.util.Map;

/** Candidate against deployed, model by model and rule by rule (models the candidate leaves as deployed are omitted). */
public record DiffReport(List<ModelDiff> models) {

    /**
     * {@code status}: CHANGED, UNCHANGED (submitted but equal in logic and text), ADDED (not deployed) or
     * REMOVED (a proposal removes it: every decision and table listed as removed).
     */
    public record ModelDiff(String model, String status, List<String> decisionsAdded, List<String> decisionsRemoved,
            List<ParameterChange> parameters, List<TableDiff> tables) {
    }

    /** A decision with a literal expression (a named threshold or policy) whose expression or description changed. */
    public record ParameterChange(String decision, String before, String after, String descriptionBefore,
            String descriptionAfter) {
    }

    /** {@code change}: ADDED, REMOVED or CHANGED; {@code structure}: hit policy and column changes. */
    public record TableDiff(String decision, String tableId, String change, List<String> structure, List<RuleSummary> added,
            List<RuleSummary> removed, List<RuleChange> changed) {
    }

    /** A whole rule: its 1-based position and every cell by column name (inputs, outputs, annotations). */
    public record RuleSummary(String ruleId, int position, Map<String, String> cells) {
    }

    public record RuleChange(String ruleId, List<CellChange> cells) {
    }

    /** {@code kind}: input, output, annotation, description or position; old → new text as written in the table. */
    public record CellChange(String column, String kind, String before, String after) {
    }
}
