package org.srtguide.dose;

import java.util.List;

import jakarta.ws.rs.BadRequestException;

/**
 * A dose-check request that cannot be evaluated, with one entry per offending field. It is a 400
 * on its own; the service-wide problem+json mapper renders {@link #violations()}.
 */
public final class InvalidDoseCheckException extends BadRequestException {
    private final List<Violation> violations;

    public InvalidDoseCheckException(List<Violation> violations) {
        super("invalid dose-check request: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** A field path in the request (e.g. {@code structures[0].dvh.doseGy}) and what is wrong with it. */
    public record Violation(String field, String message) {
    }
}
