package org.srtguide.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void shouldMaskNamedFieldsInInputOutputAndInvocationsWhenConfigured() {
        Map<String, Object> tree = tree();

        List<String> paths = new Redactor(List.of("caseId", " mrn ")).redact(tree);

        assertThat(paths).containsExactly("input.caseId", "input.patient.mrn", "output.caseId",
                "invocations[0].context.caseId");
        assertThat(text(tree)).contains("\"caseId\":\"[REDACTED]\"");
        assertThat(text(tree)).doesNotContain("C-42").doesNotContain("123456");
    }

    @Test
    void shouldNeverTouchTheEnvelopeEvenWhenAnEnvelopeFieldIsNamed() {
        Map<String, Object> tree = tree();

        List<String> paths = new Redactor(List.of("principal", "id")).redact(tree);

        assertThat(paths).isEmpty();
        assertThat(tree).containsEntry("principal", "clara").containsEntry("id", "r-1");
    }

    @Test
    void shouldLeaveTheRecordUnchangedWhenNothingIsConfigured() {
        Map<String, Object> tree = tree();
        String before = text(tree);

        assertThat(new Redactor(List.of("")).redact(tree)).isEmpty();
        assertThat(text(tree)).isEqualTo(before);
    }

    @Test
    void shouldBlockReplayOnlyWhenInvocationsWereRedacted() {
        assertThat(Redactor.blocksReplay(List.of("input.caseId", "output.caseId"))).isFalse();
        assertThat(Redactor.blocksReplay(List.of("invocations[0].context.caseId"))).isTrue();
    }

    private static Map<String, Object> tree() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", "r-1");
        record.put("principal", "clara");
        record.put("input", Map.of("caseId", "C-42", "patient", Map.of("mrn", "123456"), "psa", List.of(0.3)));
        record.put("output", Map.of("caseId", "C-42", "pathway", "SURVEILLANCE"));
        record.put("invocations", List.of(Map.of("context", Map.of("caseId", "C-42", "score", 3), "results", Map.of())));
        return RecordJson.tree(record);
    }

    private static String text(Map<String, Object> record) {
        return new String(RecordJson.write(record), StandardCharsets.UTF_8);
    }
}
