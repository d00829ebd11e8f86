package org.srtguide.audit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * A record on its way to the store: its canonical UTF-8 text without the chain fields (built on the
 * request thread, where the CPU is parallel) and the envelope values the filter columns need. The
 * writer thread only prefixes {@code sequence} and {@code writerId} and hashes.
 */
record PendingRecord(String id, String timestamp, String principal, String endpoint, String asOf, String modelNames,
        long durationMicros, byte[] body) {

    /** From a record map as AuditTrail builds it (or a plain tree of one); serialises it once. */
    static PendingRecord of(Map<String, Object> record) {
        Object asOf = record.get("asOf");
        return new PendingRecord((String) record.get("id"), (String) record.get("timestamp"),
                (String) record.get("principal"), (String) record.get("endpoint"), asOf == null ? null : asOf.toString(),
                StoredRecord.modelNames(record.get("models")), ((Number) record.get("durationMicros")).longValue(),
                CanonicalJson.write(record));
    }

    /**
     * The stored, hashed text as UTF-8: the chain fields first, then the record's own fields in key
     * order. The writer id is JSON-escaped once by the writer ({@link CanonicalJson#quote}).
     */
    byte[] canonical(String quotedWriterId, long sequence) {
        byte[] head = ("{\"sequence\":" + sequence + ",\"writerId\":" + quotedWriterId + ",")
                .getBytes(StandardCharsets.UTF_8);
        byte[] text = Arrays.copyOf(head, head.length + body.length - 1);
        System.arraycopy(body, 1, text, head.length, body.length - 1);
        return text;
    }

    @Override
    public String toString() {
        return "PendingRecord[" + id + "]"; // never the body: it holds patient data
    }
}
