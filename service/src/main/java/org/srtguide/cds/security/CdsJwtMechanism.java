package org.srtguide.cds.security;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * CDS Hooks client JWTs (CDS Hooks 2.0, "Trusting CDS Clients"): acts only on {@code /cds-services/*}
 * requests that carry {@code Authorization: Bearer}; everything else is left to HTTP Basic (and OIDC).
 * Verification is in {@link CdsJwtIdentityProvider}. The SmallRye JWT library is used directly: the
 * quarkus-smallrye-jwt extension would compete with quarkus-oidc for every bearer token.
 */
@ApplicationScoped
public class CdsJwtMechanism implements HttpAuthenticationMechanism {
    static final String PATH = "/cds-services/";
    private static final String BEARER = "bearer ";

    private final CdsJwtConfig config;

    CdsJwtMechanism(CdsJwtConfig config) {
        this.config = config;
    }

    private static boolean applies(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        return context.normalizedPath().startsWith(PATH) && authorization != null
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        if (!applies(context)) {
            return Uni.createFrom().nullItem();
        }
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        String token = authorization.substring(BEARER.length()).trim();
        return identities.authenticate(new CdsJwtRequest(token, audiences(context)));
    }

    /** The URL called (without query) and, for feedback, the service it belongs to. */
    private Set<String> audiences(RoutingContext context) {
        String base = config.publicBaseUrl().map(u -> u.replaceAll("/+$", ""))
                .orElse(context.request().scheme() + "://" + context.request().authority());
        String path = context.normalizedPath();
        Set<String> out = new LinkedHashSet<>();
        out.add(base + path);
        if (path.endsWith("/feedback")) {
            out.add(base + path.substring(0, path.length() - "/feedback".length()));
        }
        return out;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        // null: another mechanism (HTTP Basic) challenges requests this one does not act on
        return applies(context) ? Uni.createFrom().item(new ChallengeData(401, HttpHeaderNames.WWW_AUTHENTICATE, "Bearer"))
                : Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(CdsJwtRequest.class);
    }

    @Override
    public int getPriority() {
        // Ahead of HTTP Basic (2000) and quarkus-oidc: the challenge of a refused CDS client token must be
        // Bearer, and a CDS client token is not an identity provider's token. Acts only where applies().
        return DEFAULT_PRIORITY + 1500;
    }
}
