package org.srtguide.api;

/** The request conflicts with the state of what it names (e.g. a record that cannot be replayed): 409. */
public class ConflictException extends RuntimeException {
    private final String type;
    private final String title;

    /** @param type the problem type's last path segment, e.g. {@code not-replayable} */
    public ConflictException(String type, String title, String message) {
        super(message);
        this.type = type;
        this.title = title;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
