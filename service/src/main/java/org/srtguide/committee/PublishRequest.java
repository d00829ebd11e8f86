package org.srtguide.committee;

/** {@code effectiveFrom}: an ISO-8601 instant, or null for now. */
public record PublishRequest(String effectiveFrom) {
}
