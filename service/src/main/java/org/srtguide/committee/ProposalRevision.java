package org.srtguide.committee;

import java.time.Instant;

/** One revision of a proposal as stored ({@code proposal_revision}); a new revision voids the reviews of earlier ones. */
public record ProposalRevision(String id, int revision, String author, Instant submittedAt, String title, String rationale,
        Integer rollbackToVersion, Evidence evidence) {
}
