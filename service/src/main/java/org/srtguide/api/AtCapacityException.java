package org.srtguide.api;

/** Every evaluation slot stayed busy for the configured queue time-out: 503, nothing was evaluated. */
public class AtCapacityException extends UnavailableException {
    public AtCapacityException(String message) {
        super(message, null);
    }
}
