package org.srtguide.security;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start with bearer tokens enabled but no expected audience. The oidc profile sets the
 * audience to ${quarkus.oidc.client-id}; when the client id is not configured that expression
 * resolves to "no audience" without any error, and every token the realm issues to any client would
 * be accepted (docs/security.md).
 */
@ApplicationScoped
class OidcAudienceGuard {
    private final boolean tenantEnabled;
    private final Optional<List<String>> audience;

    OidcAudienceGuard(@ConfigProperty(name = "quarkus.oidc.tenant-enabled") boolean tenantEnabled,
            @ConfigProperty(name = "quarkus.oidc.token.audience") Optional<List<String>> audience) {
        this.tenantEnabled = tenantEnabled;
        this.audience = audience;
    }

    void onStart(@Observes StartupEvent event) {
        check(tenantEnabled, audience);
    }

    static void check(boolean tenantEnabled, Optional<List<String>> audience) {
        boolean named = audience.map(list -> list.stream().anyMatch(a -> !a.isBlank())).orElse(false);
        if (tenantEnabled && !named) {
            throw new IllegalStateException("OIDC bearer tokens are enabled but no token audience is configured:"
                    + " set QUARKUS_OIDC_CLIENT_ID (the oidc profile requires it in \"aud\")"
                    + " or quarkus.oidc.token.audience");
        }
    }
}
