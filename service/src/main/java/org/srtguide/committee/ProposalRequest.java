package org.srtguide.committee;

import java.util.List;

/**
 * A proposal to publish (docs/committee.md, Publishing): candidate models as in the workbench, a title
 * and the clinical rationale. A rollback proposal names {@code rollbackToVersion} instead of models:
 * that version's models that differ from the active ones are proposed again.
 */
public record ProposalRequest(String title, String rationale, List<CandidateRequest.Submitted> models,
        Integer rollbackToVersion) {
}
