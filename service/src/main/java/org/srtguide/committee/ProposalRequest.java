package org.srtguide.committee;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A proposal to publish (docs/committee.md, Publishing): a title, the clinical rationale, and what
 * changes — candidate models as in the workbench, models to remove ({@code removeModels}, by name),
 * and changed or added committee vignettes ({@code vignettes}, each in its test-cases/ file form; an
 * existing id replaces that vignette in the test run, a new id adds one). A rollback names
 * {@code rollbackToVersion} instead: that version's models, removals and vignettes are proposed again.
 */
public record ProposalRequest(String title, String rationale, List<CandidateRequest.Submitted> models,
        List<String> removeModels, List<JsonNode> vignettes, Integer rollbackToVersion) {
}
