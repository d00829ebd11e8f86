package org.srtguide.audit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A record on its way to the store: its canonical UTF-8 text without the chain fields (built on the
 * request thread, where the CPU is parallel) and the envelope values the filter columns need. The
 * writer thread only prefixes {@code sequence} and {@code writerId}, hashes, and reads the pathway
 * column from the text it binds anyway ({@link RecordJson#pathway}: one intrinsic search of a string
 * that exists there, cheaper than a byte scan here).
 */
record PendingRecord(String id, String timestamp, String principal, String endpoint, String asOf, String modelNames,
        long durationMicros, byte[] body) {

    /** Serialises the record once, in its stored form without the chain fields. */
    static PendingRecord of(AuditRecord record) {
        return new PendingRecord(record.id(), record.timestamp(), record.principal(), record.endpoint(), record.asOf(),
                StoredRecord.modelNames(record.models()), record.durationMicros(), RecordJson.write(record));
    }

    /**
     * The stored, hashed text as UTF-8: the chain fields first, then the record's own fields in key
     * order. The writer id is JSON-escaped once by the writer ({@link RecordJson#quote}).
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
