package org.srtguide.cds.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.srtguide.api.UnavailableException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;

/**
 * Verifies a CDS client JWT as CDS Hooks 2.0 requires: signed by a trusted issuer's key ({@code iss}
 * selects the issuer), {@code aud} the endpoint called, unexpired {@code exp}, and a {@code jti} not
 * seen before on any replica (replay, {@link TokenIdStore}). The principal recorded in the audit trail
 * is {@code cds-client:<iss>}.
 */
@ApplicationScoped
public class CdsJwtIdentityProvider implements IdentityProvider<CdsJwtRequest> {
    private static final Logger LOG = Logger.getLogger(CdsJwtIdentityProvider.class);

    private final CdsJwtConfig config;
    private final TokenIdStore seen;
    /** One parser per issuer and audience: each keeps its issuer's JWK Set cached. */
    private final Map<String, DefaultJWTParser> parsers = new ConcurrentHashMap<>();

    CdsJwtIdentityProvider(CdsJwtConfig config, TokenIdStore seen) {
        this.config = config;
        this.seen = seen;
    }

    @Override
    public Class<CdsJwtRequest> getRequestType() {
        return CdsJwtRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(CdsJwtRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> verify(request));
    }

    private SecurityIdentity verify(CdsJwtRequest request) {
        String iss = unverifiedIssuer(request.token());
        CdsJwtConfig.Issuer issuer = config.issuers().values().stream().filter(i -> i.issuer().equals(iss)).findFirst()
                .orElseThrow(() -> refused("issuer not trusted"));
        for (String audience : request.audiences()) {
            try {
                JsonWebToken jwt = parser(issuer, audience).parse(request.token());
                if (jwt.getTokenID() == null || !firstUse(iss, jwt)) {
                    throw refused("jti missing or already used");
                }
                return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("cds-client:" + iss))
                        .addRoles(issuer.roles()).build();
            } catch (ParseException e) {
                // try the next audience; the last failure refuses
            }
        }
        throw refused("signature, audience or expiry not valid");
    }

    /** A database that cannot tell whether the jti was used refuses the token (401): never accepts it. */
    private boolean firstUse(String iss, JsonWebToken jwt) {
        try {
            return seen.firstUse(iss, jwt.getTokenID(), jwt.getExpirationTime());
        } catch (UnavailableException e) {
            LOG.warnf("CDS client token refused: token id store unavailable (%s)", e.getCause().getClass().getSimpleName());
            throw new AuthenticationFailedException("token id store unavailable");
        }
    }

    private DefaultJWTParser parser(CdsJwtConfig.Issuer issuer, String audience) {
        return parsers.computeIfAbsent(issuer.issuer() + " " + audience, k -> {
            JWTAuthContextInfo info = new JWTAuthContextInfo(issuer.publicKeyLocation(), issuer.issuer());
            info.setExpectedAudience(Set.of(audience));
            info.setSignatureAlgorithm(SignatureAlgorithm.fromAlgorithm(issuer.algorithm()));
            info.setRequiredClaims(Set.of("jti", "exp", "aud"));
            info.setRequireNamedPrincipal(false);
            return new DefaultJWTParser(info);
        });
    }

    private static String unverifiedIssuer(String token) {
        try {
            return Optional.ofNullable(new DefaultJWTParser().parseOnly(token)).map(JsonWebToken::getIssuer)
                    .orElseThrow(() -> refused("no iss"));
        } catch (ParseException | RuntimeException e) {
            throw refused("not a JWT");
        }
    }

    private static AuthenticationFailedException refused(String why) {
        // the reason helps operators; the token itself is never logged
        LOG.debugf("CDS client token refused: %s", why);
        return new AuthenticationFailedException(why);
    }
}
