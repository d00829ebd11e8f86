package org.srtguide.health;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives a request that may write an audit record a chance to bring the schema up first, so the
 * service resumes by itself when a database that was down at start-up returns (no probe needed).
 * A failure is not handled here: the audit commit then answers 503.
 */
@Provider
public class AuditSchemaGate implements ContainerRequestFilter {
    // RESTEasy instantiates providers itself (public, no-argument constructor): field injection.
    @Inject
    AuditSchema schema;

    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.POST.equals(request.getMethod())) {
            schema.ensureMigrated();
        }
    }
}
