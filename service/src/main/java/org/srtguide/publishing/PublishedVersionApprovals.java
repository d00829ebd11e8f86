package org.srtguide.publishing;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.srtguide.audit.VersionApprovals;

/** The approval record of a published version, read from {@code model_version}, for the audit explanation. */
@ApplicationScoped
class PublishedVersionApprovals implements VersionApprovals {
    private final ModelVersions versions;

    PublishedVersionApprovals(ModelVersions versions) {
        this.versions = versions;
    }

    @Override
    public Optional<Approval> of(int version) {
        return versions.all().stream().filter(v -> v.version() == version).findFirst()
                .map(v -> new Approval(v.version(), v.proposalId(), v.proposedBy(), v.approvedBy(), v.publishedBy(),
                        v.publishedAt().toString(), v.effectiveFrom().toString()));
    }
}
