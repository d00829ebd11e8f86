package org.srtguide.committee;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.srtguide.api.Principals;
import org.srtguide.audit.AuditedCall;
import org.srtguide.decision.Sha256;

/**
 * Governed publishing (docs/committee.md, Publishing): proposals, reviews and publication. Every
 * action that changes something is a record in the audit trail with the principal (its input in
 * short: models by SHA-256, never their XML; its output the answer as sent).
 */
@Path("/api/committee/proposals")
@Produces(MediaType.APPLICATION_JSON)
public class ProposalResource {
    static final String SUBMIT = "POST /api/committee/proposals";
    static final String REVISE = "PUT /api/committee/proposals/{id}";
    static final String REVIEW = "POST /api/committee/proposals/{id}/reviews";
    static final String PUBLISH = "POST /api/committee/proposals/{id}/publish";

    private final Proposals proposals;
    private final AuditedCall audited;

    ProposalResource(Proposals proposals, AuditedCall audited) {
        this.proposals = proposals;
        this.audited = audited;
    }

    /**
     * What the audit record holds as the input of a submission or revision: models and vignettes by
     * SHA-256 (their text is in the model archive and the stored revision).
     */
    public record SubmissionInput(String proposalId, String title, String rationale, List<ModelDigest> models,
            List<String> removeModels, List<VignetteDigest> vignettes, Integer rollbackToVersion) {
        static SubmissionInput of(String id, ProposalRequest r) {
            if (r == null) {
                return new SubmissionInput(id, null, null, List.of(), List.of(), List.of(), null);
            }
            List<ModelDigest> models = r.models() == null ? List.of()
                    : r.models().stream().map(m -> new ModelDigest(m == null ? null : m.name(),
                            m == null || m.xml() == null ? null : Sha256.hex(m.xml()))).toList();
            List<VignetteDigest> vignettes = r.vignettes() == null ? List.of()
                    : r.vignettes().stream().map(v -> new VignetteDigest(v == null ? null : v.path("id").asText(null),
                            v == null ? null : Sha256.hex(v.toString()))).toList();
            return new SubmissionInput(id, r.title(), r.rationale(), models, r.removeModels(), vignettes, r.rollbackToVersion());
        }
    }

    /** A submitted model as sent: its name and the SHA-256 of its XML before normalisation. */
    public record ModelDigest(String name, String sha256) {
    }

    /** A submitted vignette: its id and the SHA-256 of its compact JSON. */
    public record VignetteDigest(String id, String sha256) {
    }

    public record ReviewInput(String proposalId, ReviewRequest review) {
    }

    public record PublishInput(String proposalId, PublishRequest publish) {
    }

    @POST
    @RolesAllowed({ "committee", "admin" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a proposal (models, models to remove, changed or added vignettes; or a rollback to an earlier"
            + " version): its evidence (validation, analysis, rule policy, test run, diff, report) is frozen")
    public Response submit(ProposalRequest request, @Context SecurityContext security) {
        String principal = Principals.name(security);
        ProposalRevision draft = proposals.draft(request, principal);
        AuditedCall.Answer<ProposalView> answer = audited.run(SUBMIT, principal, null, SubmissionInput.of(draft.id(), request),
                (auditId, trace) -> proposals.save(draft));
        return Response.status(Response.Status.CREATED).entity(answer.body()).type(MediaType.APPLICATION_JSON)
                .header(AuditedCall.AUDIT_ID_HEADER, answer.auditId()).build();
    }

    @GET
    @RolesAllowed({ "committee", "publisher", "admin" })
    @Operation(summary = "Every proposal: latest revision, status, approvals and unmet gates (no evidence)")
    public List<ProposalView> list() {
        return proposals.list();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "committee", "publisher", "admin" })
    @Operation(summary = "A proposal's latest revision with its frozen evidence, reviews and unmet gates")
    public ProposalView get(@PathParam("id") String id) {
        return proposals.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ "committee", "admin" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a proposal: a new revision with fresh evidence; reviews of earlier revisions no longer count")
    public Response revise(@PathParam("id") String id, ProposalRequest request, @Context SecurityContext security) {
        String principal = Principals.name(security);
        ProposalRevision draft = proposals.draftRevision(id, request, principal);
        return audited.run(REVISE, principal, null, SubmissionInput.of(id, request),
                (auditId, trace) -> proposals.save(draft)).toResponse();
    }

    @POST
    @Path("/{id}/reviews")
    @RolesAllowed({ "committee", "admin" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve or request changes on the latest revision; an author's own approval is a 409")
    public Response review(@PathParam("id") String id, ReviewRequest request, @Context SecurityContext security) {
        String principal = Principals.name(security);
        return audited.run(REVIEW, principal, null, new ReviewInput(id, request),
                (auditId, trace) -> proposals.review(id, request, principal)).toResponse();
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({ "publisher", "admin" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish an approved proposal from effectiveFrom (now if null); 409 naming every unmet gate, or"
            + " own-proposal when the publisher authored it")
    public Response publish(@PathParam("id") String id, PublishRequest request, @Context SecurityContext security) {
        String principal = Principals.name(security);
        return audited.run(PUBLISH, principal, null, new PublishInput(id, request),
                (auditId, trace) -> proposals.publish(id, request, principal)).toResponse();
    }
}
