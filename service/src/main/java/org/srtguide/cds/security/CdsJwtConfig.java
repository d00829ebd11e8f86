package org.srtguide.cds.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code srt.cds.jwt.*}: the CDS clients whose JWTs the service accepts (docs/fhir.md, Security). None
 * by default: then only the embedded users can call the CDS service.
 */
@ConfigMapping(prefix = "srt.cds.jwt")
public interface CdsJwtConfig {

    /** Trusted CDS clients by any name: {@code srt.cds.jwt.issuers.<name>.*}. */
    Map<String, Issuer> issuers();

    /**
     * Scheme, host and port of this service as CDS clients call it (e.g. {@code https://srt.example.org}),
     * for the expected {@code aud}; by default taken from the request (set it behind a proxy).
     */
    Optional<String> publicBaseUrl();

    interface Issuer {
        /** The {@code iss} the client puts in its tokens. */
        String issuer();

        /** The client's JWK Set URL (or a PEM/JWK file) its tokens are verified with. */
        String publicKeyLocation();

        /** Signature algorithm the client signs with (CDS Hooks recommends ES384 or RS384). */
        @WithDefault("RS384")
        String algorithm();

        /** Roles a verified token of this client has. */
        @WithDefault("clinician")
        Set<String> roles();
    }
}
