package org.srtguide.audit;

import org.srtguide.api.ConflictException;

/** A record that cannot be replayed faithfully (redacted inputs, missing model version): answered 409. */
final class NotReplayableException extends ConflictException {
    NotReplayableException(String message) {
        super("not-replayable", "Record cannot be replayed", message);
    }
}
