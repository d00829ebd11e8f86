package org.srtguide.audit;

import java.util.Map;

/** Durable, append-only storage of audit records on a per-writer hash chain. */
interface AuditStore {

    /**
     * Returns once the record is committed; throws {@link org.srtguide.api.UnavailableException}
     * otherwise. The record is a plain tree ({@link CanonicalJson#tree}); the store adds writerId and
     * sequence.
     */
    void append(Map<String, Object> record);
}
