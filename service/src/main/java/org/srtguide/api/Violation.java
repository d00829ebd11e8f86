package org.srtguide.api;

/** One field-level problem with a request: a JSON path such as {@code psa[1].value} and why. */
public record Violation(String field, String message) {
}
