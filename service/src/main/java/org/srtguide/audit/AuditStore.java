package org.srtguide.audit;

/** Durable, append-only storage of audit records on a per-writer hash chain. */
interface AuditStore {

    /**
     * Returns once the record is committed; throws {@link org.srtguide.api.UnavailableException}
     * otherwise. The store adds writerId and sequence.
     */
    void append(PendingRecord record);
}
