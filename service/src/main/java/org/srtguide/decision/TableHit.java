package org.srtguide.decision;

import java.util.List;

/**
 * One decision-table evaluation: the rules whose conditions matched and those the hit policy
 * selected, by DMN rule id and 1-based index.
 */
public record TableHit(String modelNamespace, String modelName, String decision, String tableId,
        List<String> matchedIds, List<Integer> matched, List<String> selectedIds, List<Integer> selected) {
}
