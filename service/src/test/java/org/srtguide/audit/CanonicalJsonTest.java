package org.srtguide.audit;

import static org.assertj.core.api.Assertions.assertThat;

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

        assertThat(CanonicalJson.write(record)).isEqualTo(
                "{\"input\":{\"a\":\"2025-01-31\",\"z\":1},\"models\":[{\"name\":\"x\",\"namespace\":\"https://srtguide.org/dmn/x\",\"sha256\":\"f00\"}]}");
    }

    @Test
    void shouldPrefixTheChainFieldsToTheRecordText() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", "r-1");
        record.put("timestamp", "2025-01-31T00:00:00Z");
        record.put("durationMicros", 5L);
        record.put("models", List.of());

        String text = PendingRecord.of(record).canonical(CanonicalJson.quote("w\"1"), 7);

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
}
