package org.srtguide.api;

import java.util.List;

/** The request conflicts with the state of what it names (e.g. a record that cannot be replayed): 409. */
public class ConflictException extends RuntimeException {
    private final String type;
    private final String title;
    private final List<Violation> violations;

    /** @param type the problem type's last path segment, e.g. {@code not-replayable} */
    public ConflictException(String type, String title, String message) {
        this(type, title, message, null);
    }

    /** @param violations what stands in the way, each named (e.g. an unmet publishing gate); null for none */
    public ConflictException(String type, String title, String message, List<Violation> violations) {
        super(message);
        this.type = type;
        this.title = title;
        this.violations = violations == null ? null : List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
