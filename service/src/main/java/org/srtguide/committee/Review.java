package org.srtguide.committee;

import java.time.Instant;
import java.util.List;

/** A review of one revision ({@code proposal_review}). */
public record Review(String reviewer, int revision, String decision, String comment, List<String> acknowledgedDifferences,
        Instant reviewedAt) {
}
