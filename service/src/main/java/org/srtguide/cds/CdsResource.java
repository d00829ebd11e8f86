package org.srtguide.cds;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.srtguide.api.Principals;
import org.srtguide.audit.AuditedCall;

/**
 * The CDS Hooks service (docs/fhir.md): a patient-view call answered with cards, and feedback on them.
 * Callers: a CDS client with a signed JWT (cds.security) or an embedded user, role clinician or admin.
 */
@Path("/cds-services/" + CdsService.SERVICE_ID)
@RolesAllowed({ "clinician", "admin" })
public class CdsResource {
    private final CdsService service;
    private final FeedbackService feedback;

    CdsResource(CdsService service, FeedbackService feedback) {
        this.service = service;
        this.feedback = feedback;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "CDS Hooks patient-view: salvage radiotherapy cards")
    public Response call(@NotNull(message = "a JSON request body is required") @Valid CdsRequest request,
            @Context SecurityContext security) {
        CdsService.Answer answer = service.assess(request, Principals.name(security));
        return Response.ok(answer.cards(), MediaType.APPLICATION_JSON).header(AuditedCall.AUDIT_ID_HEADER, answer.auditId()).build();
    }

    @POST
    @Path("/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "CDS Hooks feedback on cards, linked to their audit records")
    public Response feedback(@NotNull(message = "a JSON request body is required") @Valid FeedbackRequest request,
            @Context SecurityContext security) {
        return feedback.store(request, Principals.name(security)).toResponse();
    }
}
