package org.srtguide.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void shouldSortKeysOfMapsAndRecordsAtEveryLevelWithoutWhitespace() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1);
        inner.put("a", LocalDate.of(2025, 1, 31));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("models", List.of(new ModelRef("https://srtguide.org/dmn/x", "x", "f00")));
        record.put("input", inner);

        assertThat(text(record)).isEqualTo(
                "{\"input\":{\"a\":\"2025-01-31\",\"z\":1},\"models\":[{\"name\":\"x\",\"namespace\":\"https://srtguide.org/dmn/x\",\"sha256\":\"f00\"}]}");
    }

    @Test
    void shouldPrefixTheChainFieldsToTheRecordText() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", "r-1");
        record.put("timestamp", "2025-01-31T00:00:00Z");
        record.put("durationMicros", 5L);
        record.put("models", List.of());

        String text = new String(PendingRecord.of(record).canonical(CanonicalJson.quote("w\"1"), 7), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("{\"sequence\":7,\"writerId\":\"w\\\"1\",\"durationMicros\":5,\"id\":\"r-1\","
                + "\"models\":[],\"timestamp\":\"2025-01-31T00:00:00Z\"}");
        assertThat(CanonicalJson.read(text)).containsEntry("writerId", "w\"1").containsEntry("sequence", 7);
    }

    @Test
    void shouldChainFromThePreviousHash() {
        String a = CanonicalJson.chainHash(CanonicalJson.GENESIS, "{}");

        assertThat(a).hasSize(64).isNotEqualTo(CanonicalJson.chainHash(a, "{}"));
        assertThat(CanonicalJson.chainHash(CanonicalJson.GENESIS, "{}")).isEqualTo(a);
    }

    @Test
    void shouldKeepEveryCharacterOfAFreeTextFieldEvenALoneSurrogateAndHashTheStoredText() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("caseId", "é≥ \uD83D\uDE00 x\uD800y");

        byte[] written = CanonicalJson.write(record);
        String stored = new String(written, StandardCharsets.UTF_8);

        // Outside the basic plane and unpaired surrogates are escaped: the text is valid UTF-8 and
        // reads back to exactly the characters received, so nothing is replaced by '?' on the way.
        assertThat(stored).isEqualTo("{\"caseId\":\"é≥ \\uD83D\\uDE00 x\\uD800y\"}");
        assertThat(CanonicalJson.read(stored)).containsEntry("caseId", "é≥ \uD83D\uDE00 x\uD800y");
        assertThat(CanonicalJson.chainHash(CanonicalJson.GENESIS, written))
                .isEqualTo(CanonicalJson.chainHash(CanonicalJson.GENESIS, stored));
    }

    private static String text(Map<String, Object> record) {
        return new String(CanonicalJson.write(record), StandardCharsets.UTF_8);
    }
}
