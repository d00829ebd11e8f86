package org.srtguide.assessment;

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

/** The stable public contract for applications: one case in, a traced recommendation out (docs/api.md). */
@Path("/api/assessments")
@RolesAllowed({ "clinician", "admin" })
public class AssessmentResource {
    private final AssessmentService service;

    AssessmentResource(AssessmentService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assess a case for salvage radiotherapy", description = "Decision support for clinicians, "
            + "with the rules and guideline sources behind every recommendation; never an order.")
    public Response assess(@NotNull(message = "a JSON request body is required") @Valid AssessmentRequest request,
            @Context SecurityContext security) {
        return service.assess(request, Principals.name(security)).toResponse();
    }
}
