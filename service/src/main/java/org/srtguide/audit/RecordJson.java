package org.srtguide.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.srtguide.decision.Sha256;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The stored JSON form of a record, the one its hash covers: Jackson output with property and map
 * keys sorted, ISO dates, no whitespace (deliberately not RFC 8785 JCS: numbers are written as Jackson
 * writes them, and the response body is embedded verbatim). The stored text is what is hashed and
 * verified; it is never re-serialised for verification, so the exact rules need not be reproducible
 * elsewhere: a reader re-hashes the bytes it received.
 */
final class RecordJson {
    static final String GENESIS = "0".repeat(64);
    private static final String PATHWAY_KEY = "\"pathway\":\"";
    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private RecordJson() {
    }

    /** Plain maps, lists and scalars: records, beans and dates become what JSON would carry. */
    static Map<String, Object> tree(Object record) {
        return MAPPER.convertValue(record, TREE);
    }

    /**
     * One pass, straight to UTF-8 (what is hashed and stored): bean and record properties sorted by
     * name, map entries sorted by key.
     */
    static byte[] write(Object record) {
        try {
            return MAPPER.writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit record cannot be serialised", e);
        }
    }

    /**
     * JSON text already serialised (UTF-8), written into the record as it is: the response body the
     * caller received. Its keys keep the order they had there; the hash covers the stored text, which
     * is never re-serialised, so the record stays verifiable.
     */
    static RawValue verbatim(byte[] json) {
        return new RawValue(new Utf8Text(json));
    }

    /**
     * Hands a byte-based generator the bytes themselves (what records are written with); the
     * char and quoted forms, which no record writer uses, go through the decoded text.
     */
    private static final class Utf8Text implements SerializableString {
        private final byte[] utf8;
        private SerializedString text;

        Utf8Text(byte[] utf8) {
            this.utf8 = utf8;
        }

        private SerializedString text() {
            if (text == null) {
                text = new SerializedString(new String(utf8, StandardCharsets.UTF_8));
            }
            return text;
        }

        @Override
        public String getValue() {
            return text().getValue();
        }

        @Override
        public int charLength() {
            return text().charLength();
        }

        @Override
        public char[] asQuotedChars() {
            return text().asQuotedChars();
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return utf8.clone();
        }

        @Override
        public byte[] asQuotedUTF8() {
            return text().asQuotedUTF8();
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            return text().appendQuotedUTF8(buffer, offset);
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            return text().appendQuoted(buffer, offset);
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            if (offset + utf8.length > buffer.length) {
                return -1;
            }
            System.arraycopy(utf8, 0, buffer, offset, utf8.length);
            return utf8.length;
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            return text().appendUnquoted(buffer, offset);
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) throws IOException {
            return text().writeQuotedUTF8(out);
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(utf8);
            return utf8.length;
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
            return text().putQuotedUTF8(buffer);
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer buffer) throws IOException {
            if (buffer.remaining() < utf8.length) {
                return -1;
            }
            buffer.put(utf8);
            return utf8.length;
        }

        @Override
        public String toString() {
            return getValue();
        }
    }

    static String quote(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> read(String json) {
        try {
            return MAPPER.readValue(json, TREE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored audit record is not JSON", e);
        }
    }

    /** A stored record's typed view (the chain fields around it are not part of it). */
    static AuditRecord record(String json) {
        try {
            return MAPPER.readValue(json, AuditRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored audit record is not a record", e);
        }
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * The audit explorer's {@code pathway} column: the code of the first {@code "pathway":"CODE"} in
     * the record text whose CODE is upper-case letters, digits and underscores (an assessment's
     * recommended pathway; a per-model call of the candidacy model returns one too), or null. The
     * same rule as the column the database generated before migration V7, so verify accepts the values
     * stored then; the writer sets the column and verify checks it, like the other filter columns.
     * A plain search: a regular expression over the ~16 KB text cost PostgreSQL ~35 µs per insert.
     */
    static String pathway(String recordJson) {
        for (int at = recordJson.indexOf(PATHWAY_KEY); at >= 0; at = recordJson.indexOf(PATHWAY_KEY, at + 1)) {
            int start = at + PATHWAY_KEY.length();
            int end = start;
            while (end < recordJson.length() && isCodeChar(recordJson.charAt(end))) {
                end++;
            }
            if (end > start && end < recordJson.length() && recordJson.charAt(end) == '"') {
                return recordJson.substring(start, end);
            }
        }
        return null;
    }

    private static boolean isCodeChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    static String chainHash(String previousHash, String canonicalRecord) {
        return chainHash(previousHash, canonicalRecord.getBytes(StandardCharsets.UTF_8));
    }

    static String chainHash(String previousHash, byte[] canonicalRecord) {
        return Sha256.hex(previousHash.getBytes(StandardCharsets.US_ASCII), canonicalRecord);
    }
}
