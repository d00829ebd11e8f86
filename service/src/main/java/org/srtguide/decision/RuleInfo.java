package org.srtguide.decision;

import java.util.Map;

/** A decision-table rule as the committee wrote it: where it is, what it says, and its source. */
public record RuleInfo(String modelName, String decision, String tableId, String ruleId, int index,
        String description, Map<String, String> annotations) {

    public String rationale() {
        String text = annotations.get("rationale");
        return text != null ? text : description;
    }

    public String source() {
        return annotations.get("source");
    }
}
