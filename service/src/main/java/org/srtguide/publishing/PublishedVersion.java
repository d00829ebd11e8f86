package org.srtguide.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One published model set, as stored in {@code model_version}: every model of the set by SHA-256
 * (the XML is in the model archive), who proposed, approved and published it, and from when it
 * answers. {@code baseline} is the SHA-256 of the repository models it was proposed against.
 * {@code vignettes}: the committee vignettes this version was tested with that differ from or add to
 * the repository's test-cases/ (each in its file form; empty for versions stored before they existed).
 */
public record PublishedVersion(int version, String proposalId, int proposalRevision, String baseline, String proposedBy,
        List<String> approvedBy, String publishedBy, Instant publishedAt, Instant effectiveFrom, List<Model> models,
        List<JsonNode> vignettes) {

    public PublishedVersion {
        vignettes = vignettes == null ? List.of() : List.copyOf(vignettes);
    }

    public record Model(String name, String namespace, String sha256) {
    }

    /** The part stored as JSON in {@code version_json}. */
    record Details(String proposedBy, List<String> approvedBy, List<Model> models, List<JsonNode> vignettes) {
    }

    Map<String, String> shaByName() {
        return models.stream().collect(Collectors.toMap(Model::name, Model::sha256));
    }
}
