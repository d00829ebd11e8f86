package org.srtguide.audit;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.srtguide.api.InvalidInputException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * Reading the audit trail back (docs/api.md, Audit): one record, pages, streamed export, chain
 * verification and replay. Auditors and admins only; records are served as stored, never edited.
 */
@Path("/api/audit")
@RolesAllowed({ "auditor", "admin" })
public class AuditResource {
    private final AuditQueries queries;
    private final ChainVerifier verifier;
    private final Replayer replayer;
    private final Explainer explainer;
    private final ModelArchive archive;

    AuditResource(DataSource dataSource, ModelArchive archive, VersionApprovals approvals, ObjectMapper mapper) {
        this.queries = new AuditQueries(dataSource);
        this.verifier = new ChainVerifier(dataSource);
        this.replayer = new Replayer(archive, mapper);
        this.explainer = new Explainer(archive::xml, approvals, mapper);
        this.archive = archive;
    }

    /**
     * The whole trail's verification: every chain, and the model archive the records point into for
     * their models and rule annotations (each version's XML must still hash to its SHA-256).
     */
    public record Verification(boolean valid, long records, List<ChainVerifier.ChainReport> chains,
            ModelArchive.ArchiveReport archive) {
    }

    /** A page of records, newest first; {@code next} is the cursor for the following page, or null. */
    public record Page(List<RawValue> records, String next) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List audit records, newest first, with cursor paging")
    public Page list(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("model") String model,
            @QueryParam("principal") String principal, @QueryParam("endpoint") String endpoint,
            @QueryParam("pathway") String pathway, @QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("after") String after) {
        AuditFilter filter = AuditFilter.of(from, to, model, principal, endpoint).withPathway(pathway);
        AuditQueries.Page page = queries.page(filter, limit, after);
        return new Page(page.records().stream().map(r -> new RawValue(r.json())).toList(), page.next());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One audit record, exactly as hashed, with its chain fields")
    public Response get(@PathParam("id") String id) {
        StoredRecord record = queries.find(id).orElseThrow(() -> new NotFoundException("no audit record " + id));
        return Response.ok(record.json(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/export")
    @Produces({ "application/x-ndjson", "text/csv" })
    @Operation(summary = "Stream the records of a time window, oldest first, as NDJSON or CSV")
    public Response export(@QueryParam("format") String format, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("model") String model, @QueryParam("principal") String principal,
            @QueryParam("endpoint") String endpoint, @QueryParam("pathway") String pathway) {
        ExportFormat encoding = ExportFormat.of(format);
        AuditFilter filter = AuditFilter.of(from, to, model, principal, endpoint).withPathway(pathway);
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            encoding.header(writer);
            queries.export(filter, row -> encoding.row(writer, row));
            writer.flush();
        };
        return Response.ok(body, encoding.mediaType + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"audit." + encoding.name().toLowerCase(java.util.Locale.ROOT) + "\"")
                .build();
    }

    @GET
    @Path("/verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute every writer's hash chain and the model archive's hashes; name what is broken")
    public Verification verify() {
        ChainVerifier.Report chains = verifier.verify();
        ModelArchive.ArchiveReport models = archive.verify();
        return new Verification(chains.valid() && models.valid(), chains.records(), chains.chains(), models);
    }

    @GET
    @Path("/{id}/explanation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One record explained: input, PSA rules, each decision table with its rules flagged, chain position")
    public Explanation explanation(@PathParam("id") String id, @QueryParam("verify") @DefaultValue("true") String verifyChain) {
        if (!verifyChain.equals("true") && !verifyChain.equals("false")) {
            throw new InvalidInputException("verify", "true or false");
        }
        boolean verify = verifyChain.equals("true");
        StoredRecord record = queries.find(id).orElseThrow(() -> new NotFoundException("no audit record " + id));
        // Verifying reads and hashes the chain from sequence 1: the page asks for it on its own button.
        return explainer.explain(record, verify ? verifier.verifyUpTo(record.writerId(), record.sequence()) : null);
    }

    @POST
    @Path("/{id}/replay")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-evaluate a record with the archived model versions it used and compare")
    public Response replay(@PathParam("id") String id) {
        StoredRecord record = queries.find(id).orElseThrow(() -> new NotFoundException("no audit record " + id));
        // A record that cannot be replayed throws NotReplayableException: 409 through the one mapper.
        return Response.ok(replayer.replay(RecordJson.record(record.recordJson()))).build();
    }
}
