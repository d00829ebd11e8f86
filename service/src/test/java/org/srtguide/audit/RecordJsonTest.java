package org.srtguide.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.srtguide.decision.DmnMessageRecord;
import org.srtguide.decision.ModelInvocation;
import org.srtguide.decision.RuleMatch;

class RecordJsonTest {

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
        AuditRecord record = new AuditRecord("r-1", "2025-01-31T00:00:00Z", null, "POST /x", null, List.of(), null, null,
                null, null, null, null, null, 5L, null, null, null);

        String text = new String(PendingRecord.of(record).canonical(RecordJson.quote("w\"1"), 7), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("{\"sequence\":7,\"writerId\":\"w\\\"1\",\"asOf\":null,\"durationMicros\":5,"
                + "\"endpoint\":\"POST /x\",\"id\":\"r-1\",\"input\":null,\"invocations\":[],\"messages\":[],"
                + "\"models\":[],\"output\":null,\"principal\":null,\"ruleMatches\":[],\"rules\":{},"
                + "\"tableEvaluations\":[],\"timestamp\":\"2025-01-31T00:00:00Z\"}");
        assertThat(RecordJson.read(text)).containsEntry("writerId", "w\"1").containsEntry("sequence", 7);
    }

    /**
     * Records stored before the record was typed were built as sorted maps: the typed record must
     * write the same bytes for the same content, or old and new records would not be one format.
     */
    @Test
    void shouldWriteATypedRecordByteForByteAsTheEarlierMapBasedRecord() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("psaValues", List.of(new java.math.BigDecimal("0.25"), new java.math.BigDecimal("0.4")));
        context.put("asOf", "2025-03-01");
        ModelInvocation invocation = new ModelInvocation("pathway", "pathwayService", context, Map.of("pathway", "SRT"));
        RuleMatch fired = new RuleMatch("org.srtguide.kinetics", "kin-001 PSA above nadir");
        DmnMessageRecord message = new DmnMessageRecord("INFO", "GENERIC", "note", "d1");
        ModelRef model = new ModelRef("https://srtguide.org/dmn/pathway", "pathway", "ab".repeat(32));
        AuditRecord typed = new AuditRecord("r-9", "2025-03-01T08:00:00.123456Z", "clara", "POST /api/assessments",
                "2025-03-01", List.of(model), Map.of("caseId", "C-1"), RecordJson.verbatim("{\"z\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)),
                List.of(invocation),
                List.of(new AuditRecord.TableEvaluation("pathway", "pathway", "dt-1",
                        List.of(new AuditRecord.RuleRef("pw-001", 1), new AuditRecord.RuleRef("pw-002", null)),
                        List.of(new AuditRecord.RuleRef("pw-001", 1)))),
                Map.of("pw-001", new AuditRecord.RuleEntry("pathway", "pathway", Map.of("source", "EAU", "rationale", "r"))),
                List.of(fired), List.of(message), 1234L, null, null, null);

        Map<String, Object> ref = new java.util.TreeMap<>(Map.of("ruleId", "pw-001", "ruleIndex", 1));
        Map<String, Object> unindexed = new java.util.TreeMap<>();
        unindexed.put("ruleId", "pw-002");
        unindexed.put("ruleIndex", null);
        Map<String, Object> table = new java.util.TreeMap<>(Map.of("model", "pathway", "decision", "pathway", "tableId", "dt-1",
                "matched", List.of(ref, unindexed), "selected", List.of(ref)));
        Map<String, Object> rule = new java.util.TreeMap<>(Map.of("model", "pathway", "decision", "pathway",
                "annotations", Map.of("source", "EAU", "rationale", "r")));
        Map<String, Object> map = new java.util.TreeMap<>();
        map.put("id", "r-9");
        map.put("timestamp", "2025-03-01T08:00:00.123456Z");
        map.put("principal", "clara");
        map.put("endpoint", "POST /api/assessments");
        map.put("asOf", "2025-03-01");
        map.put("models", List.of(model));
        map.put("input", Map.of("caseId", "C-1"));
        map.put("output", RecordJson.verbatim("{\"z\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)));
        map.put("invocations", List.of(invocation));
        map.put("tableEvaluations", List.of(table));
        map.put("rules", Map.of("pw-001", rule));
        map.put("ruleMatches", List.of(fired));
        map.put("messages", List.of(message));
        map.put("durationMicros", 1234L);

        String written = new String(RecordJson.write(typed), StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(new String(RecordJson.write(map), StandardCharsets.UTF_8));
        // And what was stored reads back into the same record (the verbatim output as a plain tree).
        AuditRecord read = RecordJson.record(written);
        assertThat(read).usingRecursiveComparison().ignoringFields("output").isEqualTo(typed);
        assertThat(read.output()).isEqualTo(Map.of("z", 1, "a", 2));
    }

    @Test
    void shouldTakeTheFirstPathwayCodeOfTheTextAsThePathwayColumn() {
        assertThat(RecordJson.pathway("{\"a\":{\"pathway\":\"SALVAGE_RADIOTHERAPY\"},\"pathway\":\"SURVEILLANCE\"}"))
                .isEqualTo("SALVAGE_RADIOTHERAPY");
        // as the expression the database used to generate it: only an upper-case code counts, the next one is taken
        assertThat(RecordJson.pathway("{\"pathway\":\"not a code\",\"x\":{\"pathway\":\"REPEAT_PSA_2\"}}"))
                .isEqualTo("REPEAT_PSA_2");
        assertThat(RecordJson.pathway("{\"pathway\":\"\",\"pathway\":null}")).isNull();
        assertThat(RecordJson.pathway("{\"pathway\":\"SRT")).isNull();
        assertThat(RecordJson.pathway("{\"pathways\":\"SRT\"}")).isNull();
        assertThat(RecordJson.pathway("{}")).isNull();
    }

    @Test
    void shouldChainFromThePreviousHash() {
        String a = RecordJson.chainHash(RecordJson.GENESIS, "{}");

        assertThat(a).hasSize(64).isNotEqualTo(RecordJson.chainHash(a, "{}"));
        assertThat(RecordJson.chainHash(RecordJson.GENESIS, "{}")).isEqualTo(a);
    }

    @Test
    void shouldKeepEveryCharacterOfAFreeTextFieldEvenALoneSurrogateAndHashTheStoredText() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("caseId", "é≥ \uD83D\uDE00 x\uD800y");

        byte[] written = RecordJson.write(record);
        String stored = new String(written, StandardCharsets.UTF_8);

        // Outside the basic plane and unpaired surrogates are escaped: the text is valid UTF-8 and
        // reads back to exactly the characters received, so nothing is replaced by '?' on the way.
        assertThat(stored).isEqualTo("{\"caseId\":\"é≥ \\uD83D\\uDE00 x\\uD800y\"}");
        assertThat(RecordJson.read(stored)).containsEntry("caseId", "é≥ \uD83D\uDE00 x\uD800y");
        assertThat(RecordJson.chainHash(RecordJson.GENESIS, written))
                .isEqualTo(RecordJson.chainHash(RecordJson.GENESIS, stored));
    }

    private static String text(Map<String, Object> record) {
        return new String(RecordJson.write(record), StandardCharsets.UTF_8);
    }
}
