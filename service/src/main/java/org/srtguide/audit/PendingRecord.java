package org.srtguide.audit;

import java.util.Map;

/**
 * A record on its way to the store: its canonical text without the chain fields (built on the
 * request thread, where the CPU is parallel) and the envelope values the filter columns need. The
 * writer thread only prefixes {@code sequence} and {@code writerId} and hashes.
 */
record PendingRecord(String id, String timestamp, String principal, String endpoint, String asOf, String modelNames,
        long durationMicros, String body) {

    /** From a record map as AuditTrail builds it (or a plain tree of one); serialises it once. */
    static PendingRecord of(Map<String, Object> record) {
        Object asOf = record.get("asOf");
        return new PendingRecord((String) record.get("id"), (String) record.get("timestamp"),
                (String) record.get("principal"), (String) record.get("endpoint"), asOf == null ? null : asOf.toString(),
                StoredRecord.modelNames(record.get("models")), ((Number) record.get("durationMicros")).longValue(),
                CanonicalJson.write(record));
    }

    /**
     * The stored, hashed text: the chain fields first, then the record's own fields in key order.
     * The writer id is JSON-escaped once by the writer ({@link CanonicalJson#quote}).
     */
    String canonical(String quotedWriterId, long sequence) {
        return "{\"sequence\":" + sequence + ",\"writerId\":" + quotedWriterId + "," + body.substring(1);
    }
}
