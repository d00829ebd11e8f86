package org.srtguide.committee;

import java.util.List;

/**
 * Schema, model and compilation messages and the decision-table analysis of a candidate set.
 * {@code valid} means no ERROR anywhere; unwaived gaps in submitted models are listed apart because
 * the build gate refuses them (docs/models.md: GAP-WAIVER).
 */
public record ValidationReport(boolean valid, int errors, int warnings, int unwaivedGaps, List<ModelInfo> models,
        List<Finding> findings) {

    /** A model of the candidate set; {@code normalisation} lists the namespace rewrites made (DMN 1.6 → 1.5). */
    public record ModelInfo(String name, boolean submitted, boolean changed, String submittedVersion,
            List<String> normalisation) {
    }

    /**
     * One message. {@code category}: schema, model (structure, types, FEEL, compilation) or analysis
     * (decision tables). {@code ruleIds} are the DMN rule ids the finding concerns, in table order.
     */
    public record Finding(String model, boolean submitted, String severity, String category, String type, String decision,
            String tableId, List<String> ruleIds, String text, String explanation, boolean waived) {
    }
}
