package org.srtguide.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Record trees as AuditTrail builds them, with chosen envelope values. */
final class TestRecords {
    private TestRecords() {
    }

    static PendingRecord record(Instant at, String principal, String endpoint, String... models) {
        return record(Map.of("pathway", "SALVAGE_RADIOTHERAPY"), at, principal, endpoint, models);
    }

    static PendingRecord record(Map<String, Object> output, Instant at, String principal, String endpoint,
            String... models) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", UUID.randomUUID().toString());
        r.put("timestamp", at.truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString());
        r.put("principal", principal);
        r.put("endpoint", endpoint);
        r.put("asOf", "2025-03-01");
        r.put("models", java.util.Arrays.stream(models)
                .map(m -> Map.of("name", m, "namespace", "https://srtguide.org/dmn/" + m, "sha256", "a".repeat(64)))
                .toList());
        r.put("input", Map.of("caseId", "C-1", "psa", List.of(0.25, 0.4)));
        r.put("output", output);
        r.put("invocations", List.of());
        r.put("tableEvaluations", List.of());
        r.put("ruleMatches", List.of());
        r.put("messages", List.of());
        r.put("durationMicros", 1234L);
        return PendingRecord.of(r);
    }

    static PendingRecord record() {
        return record(Instant.now(), "clara", "POST /api/assessments", "pathway", "recurrence");
    }
}
