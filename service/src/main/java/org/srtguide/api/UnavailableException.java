package org.srtguide.api;

/** A dependency the evaluation needs (the audit store) is down: answered 503, nothing is evaluated. */
public class UnavailableException extends RuntimeException {
    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
