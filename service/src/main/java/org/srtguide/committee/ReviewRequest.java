package org.srtguide.committee;

import java.util.List;

/**
 * A committee member's review of a proposal's latest revision. An approval must acknowledge, by
 * vignette id, every vignette whose answer differs from the active version's.
 */
public record ReviewRequest(String decision, String comment, List<String> acknowledgedDifferences) {
    static final String APPROVE = "APPROVE";
    static final String REQUEST_CHANGES = "REQUEST_CHANGES";
}
