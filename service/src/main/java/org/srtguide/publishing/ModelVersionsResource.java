package org.srtguide.publishing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.srtguide.decision.ModelRegistry;
import org.srtguide.decision.VersionedModels;

/** Version history of a model. */
@Path("/api/models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelVersionsResource {
    private final PublishedModels published;
    private final ModelRegistry registry;

    ModelVersionsResource(PublishedModels published, ModelRegistry registry) {
        this.published = published;
        this.registry = registry;
    }

    /**
     * One version of a model: version 0 is the repository baseline; {@code effectiveTo} null while it
     * answers, and set without a following entry when a version removed the model.
     */
    public record VersionEntry(int version, String sha256, String proposalId, String proposedBy, List<String> approvedBy,
            String publishedBy, Instant publishedAt, Instant effectiveFrom, Instant effectiveTo) {
    }

    @GET
    @Path("/{name}/versions")
    @RolesAllowed({ "clinician", "committee", "publisher", "auditor", "admin" })
    @Operation(summary = "Every version of a model that answered or will answer: the repository baseline first, then each published change;"
            + " a removal ends the last entry's effective period")
    public List<VersionEntry> versions(@PathParam("name") String name) {
        List<VersionEntry> entries = new ArrayList<>();
        registry.byName(name).ifPresent(m -> entries.add(new VersionEntry(VersionedModels.BASELINE, m.sha256(), null, null,
                List.of(), null, null, null, null)));
        for (PublishedVersion v : published.applicable()) {
            String sha = v.shaByName().get(name);
            VersionEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
            boolean answering = last != null && last.effectiveTo() == null;
            if (sha == null && !answering || sha != null && answering && sha.equals(last.sha256())) {
                continue;
            }
            if (answering) {
                // replaced by a new text, or removed by this version: the last entry stops answering here
                entries.set(entries.size() - 1, new VersionEntry(last.version(), last.sha256(), last.proposalId(),
                        last.proposedBy(), last.approvedBy(), last.publishedBy(), last.publishedAt(), last.effectiveFrom(),
                        v.effectiveFrom()));
            }
            if (sha != null) {
                entries.add(new VersionEntry(v.version(), sha, v.proposalId(), v.proposedBy(), v.approvedBy(), v.publishedBy(),
                        v.publishedAt(), v.effectiveFrom(), null));
            }
        }
        if (entries.isEmpty()) {
            throw new NotFoundException("no model " + name);
        }
        return entries;
    }
}
