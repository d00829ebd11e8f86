package org.srtguide.publishing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.srtguide.decision.ActiveModels;
import org.srtguide.decision.DeployedModel;
import org.srtguide.decision.VersionedModels;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The active set as files, with its approval record, to bring the repository (the release baseline) up to date. */
@Path("/api/committee/published")
public class PublishedExportResource {
    /** The style of the files in test-cases/ ("field": value, one array element per line), for small diffs. */
    private static final DefaultPrettyPrinter FILE_STYLE = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    private final PublishedModels published;
    private final ActiveModels active;
    private final ObjectMapper mapper;

    PublishedExportResource(PublishedModels published, ActiveModels active, ObjectMapper mapper) {
        this.published = published;
        this.active = active;
        this.mapper = mapper;
    }

    /**
     * What the export's {@code approval.json} holds: null {@code published} while the baseline answers;
     * {@code removedModels}: repository models the active set no longer has (delete them from dmn/).
     */
    public record Approval(int version, String baseline, List<String> removedModels, PublishedVersion published) {
    }

    @GET
    @Path("/export")
    @Produces("application/zip")
    @RolesAllowed({ "committee", "publisher", "admin" })
    @Operation(summary = "The active model set as DMN 1.5 files (dmn/<name>.dmn), the vignettes it was tested with that"
            + " differ from the repository's (test-cases/<id>.json) and its approval record (approval.json)")
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
            for (JsonNode vignette : published.vignettes(current.version())) {
                // ids were checked on submission (VignetteLibrary.ID), so each is a plain file name
                zip.putNextEntry(new ZipEntry("test-cases/" + vignette.get("id").asText() + ".json"));
                zip.write((mapper.writer(FILE_STYLE).writeValueAsString(vignette) + "\n").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            List<String> removed = published.baselineModels().all().stream().map(DeployedModel::name)
                    .filter(name -> current.byName(name).isEmpty()).toList();
            zip.putNextEntry(new ZipEntry("approval.json"));
            zip.write(mapper.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(new Approval(current.version(), published.baseline(), removed, record)));
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
