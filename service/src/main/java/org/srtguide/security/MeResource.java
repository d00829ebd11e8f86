package org.srtguide.security;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.srtguide.api.Principals;

/**
 * Who is signed in and with which of the platform's roles (docs/security.md), so that a page offers only
 * what the API will admit. It grants nothing: every endpoint still checks its own roles.
 */
@Path("/api/me")
public class MeResource {
    /** The platform's roles, in the order docs/security.md lists them. */
    static final List<String> ROLES = List.of("clinician", "committee", "publisher", "auditor", "admin");

    /** The caller's name as the audit trail records it, and the roles it holds. */
    public record Me(String name, List<String> roles) {
    }

    @GET
    @RolesAllowed({ "clinician", "committee", "publisher", "auditor", "admin" })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in user's name and roles")
    public Me me(@Context SecurityContext security) {
        return new Me(Principals.name(security), ROLES.stream().filter(security::isUserInRole).toList());
    }
}
