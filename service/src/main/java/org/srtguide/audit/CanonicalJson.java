package org.srtguide.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one serialisation of a record that its hash covers: keys sorted, ISO dates, no whitespace.
 * The stored text is what is hashed and verified; it is never re-serialised for verification.
 */
final class CanonicalJson {
    static final String GENESIS = "0".repeat(64);
    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private CanonicalJson() {
    }

    /** Plain maps, lists and scalars: records, beans and dates become what JSON would carry. */
    static Map<String, Object> tree(Map<String, Object> record) {
        return MAPPER.convertValue(record, TREE);
    }

    /** One pass: bean and record properties sorted by name, map entries sorted by key. */
    static String write(Map<String, Object> record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit record cannot be serialised", e);
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

    static ObjectMapper mapper() {
        return MAPPER;
    }

    static String chainHash(String previousHash, String canonicalRecord) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            digest.update(canonicalRecord.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
