package org.srtguide.api;

import java.security.Principal;

import jakarta.ws.rs.core.SecurityContext;

/** The caller's name as recorded in the audit trail. */
public final class Principals {
    private Principals() {
    }

    public static String name(SecurityContext security) {
        Principal p = security == null ? null : security.getUserPrincipal();
        return p == null || p.getName() == null || p.getName().isEmpty() ? "anonymous" : p.getName();
    }
}
