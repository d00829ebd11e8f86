package org.srtguide.publishing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.srtguide.decision.ActiveModels;
import org.srtguide.decision.DeployedModel;
import org.srtguide.decision.ModelRegistry;
import org.srtguide.decision.VersionedModels;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Version history of a model, and the active set as files to bring the repository up to date. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ModelVersionsResource {
    private final PublishedModels published;
    private final ModelRegistry registry;
    private final ActiveModels active;
    private final ObjectMapper mapper;

    ModelVersionsResource(PublishedModels published, ModelRegistry registry, ActiveModels active, ObjectMapper mapper) {
        this.published = published;
        this.registry = registry;
        this.active = active;
        this.mapper = mapper;
    }

    /** One version of a model: version 0 is the repository baseline; {@code effectiveTo} null while it answers. */
    public record VersionEntry(int version, String sha256, String proposalId, String proposedBy, List<String> approvedBy,
            String publishedBy, Instant publishedAt, Instant effectiveFrom, Instant effectiveTo) {
    }

    /** What the export's {@code approval.json} holds. */
    public record Approval(int version, String baseline, PublishedVersion published) {
    }

    @GET
    @Path("/models/{name}/versions")
    @RolesAllowed({ "clinician", "committee", "publisher", "auditor", "admin" })
    @Operation(summary = "Every version of a model that answered or will answer: the repository baseline first, then each published change")
    public List<VersionEntry> versions(@PathParam("name") String name) {
        List<VersionEntry> entries = new ArrayList<>();
        registry.byName(name).ifPresent(m -> entries.add(new VersionEntry(VersionedModels.BASELINE, m.sha256(), null, null,
                List.of(), null, null, null, null)));
        for (PublishedVersion v : published.applicable()) {
            String sha = v.shaByName().get(name);
            VersionEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
            if (sha == null || last != null && sha.equals(last.sha256())) {
                continue;
            }
            if (last != null) {
                entries.set(entries.size() - 1, new VersionEntry(last.version(), last.sha256(), last.proposalId(),
                        last.proposedBy(), last.approvedBy(), last.publishedBy(), last.publishedAt(), last.effectiveFrom(),
                        v.effectiveFrom()));
            }
            entries.add(new VersionEntry(v.version(), sha, v.proposalId(), v.proposedBy(), v.approvedBy(), v.publishedBy(),
                    v.publishedAt(), v.effectiveFrom(), null));
        }
        if (entries.isEmpty()) {
            throw new NotFoundException("no model " + name);
        }
        return entries;
    }

    @GET
    @Path("/committee/published/export")
    @Produces("application/zip")
    @RolesAllowed({ "committee", "publisher", "admin" })
    @Operation(summary = "The active model set as DMN 1.5 files (dmn/<name>.dmn) with its approval record (approval.json)")
    public Response export() {
        VersionedModels current = active.current();
        PublishedVersion record = published.applicable().stream().filter(v -> v.version() == current.version())
                .findFirst().orElse(null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (DeployedModel m : current.all()) {
                zip.putNextEntry(new ZipEntry("dmn/" + m.name() + ".dmn"));
                zip.write(m.xml().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("approval.json"));
            zip.write(mapper.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(new Approval(current.version(), published.baseline(), record)));
            zip.closeEntry();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(bytes.toByteArray(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"models-v" + current.version() + ".zip\"").build();
    }
}
