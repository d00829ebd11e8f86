package org.srtguide.audit;

/** A record that cannot be replayed faithfully (redacted inputs, missing model version): answered 409. */
final class NotReplayableException extends RuntimeException {
    NotReplayableException(String message) {
        super(message);
    }
}
