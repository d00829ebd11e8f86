package org.srtguide.api;

import java.util.List;

/** Content in an encoding the service does not read (e.g. a DICOM transfer syntax): answered 415, naming it. */
public class UnsupportedMediaException extends RuntimeException {
    private final List<Violation> violations;

    public UnsupportedMediaException(String detail, List<Violation> violations) {
        super(detail);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
