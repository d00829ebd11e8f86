package org.srtguide.audit;

import java.util.List;
import java.util.Optional;

/**
 * Who proposed, approved and published a published model version, for explaining records that name
 * it. Implemented by publishing (which stores versions); an interface here so that the audit trail
 * does not depend on the feature that uses it.
 */
public interface VersionApprovals {

    /** A published version's governance: proposal, proposer, approvers, publisher and effective instant (ISO-8601). */
    record Approval(int version, String proposalId, String proposedBy, List<String> approvedBy, String publishedBy,
            String publishedAt, String effectiveFrom) {
    }

    /** The version's approval, or empty when no such version was published (version 0 is the repository baseline). */
    Optional<Approval> of(int version);
}
