package org.srtguide.api;

import java.util.List;

/** Well-formed input the service cannot work with (e.g. candidate models that do not compile): answered 422. */
public class UnprocessableException extends RuntimeException {
    private final String title;
    private final List<Violation> violations;

    public UnprocessableException(String title, String detail, List<Violation> violations) {
        super(detail);
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }
}
