package org.srtguide.api;

import java.util.List;

/** Data the request needed was neither sent nor fetchable (CDS Hooks prefetch without fhirServer): 412. */
public class PreconditionFailedException extends RuntimeException {
    private final List<Violation> violations;

    public PreconditionFailedException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
