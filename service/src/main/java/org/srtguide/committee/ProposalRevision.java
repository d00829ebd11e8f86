package org.srtguide.committee;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One revision of a proposal as stored ({@code proposal_revision.revision_json}); a new revision voids
 * the reviews of earlier ones. {@code removeModels} and {@code vignettes} are as submitted (empty for a
 * rollback, and in revisions stored before they existed).
 */
public record ProposalRevision(String id, int revision, String author, Instant submittedAt, String title, String rationale,
        Integer rollbackToVersion, List<String> removeModels, List<JsonNode> vignettes, Evidence evidence) {

    public ProposalRevision {
        removeModels = removeModels == null ? List.of() : List.copyOf(removeModels);
        vignettes = vignettes == null ? List.of() : List.copyOf(vignettes);
    }
}
