package org.srtguide.committee;

import java.time.Instant;
import java.util.List;

import org.srtguide.api.Violation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A proposal as answered: its latest revision, the reviews of that revision, and what still stands
 * between it and publishing ({@code missing}; empty when it may be published). {@code status}:
 * SUBMITTED, CHANGES_REQUESTED, APPROVED or PUBLISHED. {@code quorum}: the approvals this proposal
 * needs (a rollback's is {@code srt.committee.rollback-quorum}). {@code removeModels} and
 * {@code vignettes} are as submitted. Lists leave {@code vignettes} and {@code evidence} out.
 */
public record ProposalView(String id, int revision, String status, String title, String rationale, String author,
        List<String> authors, Instant submittedAt, Integer rollbackToVersion, List<String> removeModels,
        List<JsonNode> vignettes, int quorum, List<String> approvedBy, List<Review> reviews, List<Violation> missing,
        Integer publishedVersion, Evidence evidence) {
}
