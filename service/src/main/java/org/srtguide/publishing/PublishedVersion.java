package org.srtguide.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One published model set, as stored in {@code model_version}: every model of the set by SHA-256
 * (the XML is in the model archive), who proposed, approved and published it, and from when it
 * answers. {@code baseline} is the SHA-256 of the repository models it was proposed against.
 */
public record PublishedVersion(int version, String proposalId, int proposalRevision, String baseline, String proposedBy,
        List<String> approvedBy, String publishedBy, Instant publishedAt, Instant effectiveFrom, List<Model> models) {

    public record Model(String name, String namespace, String sha256) {
    }

    /** The part stored as JSON in {@code version_json}. */
    record Details(String proposedBy, List<String> approvedBy, List<Model> models) {
    }

    Map<String, String> shaByName() {
        return models.stream().collect(Collectors.toMap(Model::name, Model::sha256));
    }
}
