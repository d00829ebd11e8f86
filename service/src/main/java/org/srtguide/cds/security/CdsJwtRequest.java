package org.srtguide.cds.security;

import java.util.Set;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A CDS client's bearer token and the audiences it may name (the endpoint called, or the service). */
final class CdsJwtRequest extends BaseAuthenticationRequest {
    private final String token;
    private final Set<String> audiences;

    CdsJwtRequest(String token, Set<String> audiences) {
        this.token = token;
        this.audiences = audiences;
    }

    String token() {
        return token;
    }

    Set<String> audiences() {
        return audiences;
    }
}
