package org.srtguide.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records as AuditTrail builds them, with chosen envelope values. */
final class TestRecords {
    private TestRecords() {
    }

    static PendingRecord record(Instant at, String principal, String endpoint, String... models) {
        return record(Map.of("pathway", "SALVAGE_RADIOTHERAPY"), at, principal, endpoint, models);
    }

    static PendingRecord record(Map<String, Object> output, Instant at, String principal, String endpoint,
            String... models) {
        List<ModelRef> refs = java.util.Arrays.stream(models)
                .map(m -> new ModelRef("https://srtguide.org/dmn/" + m, m, "a".repeat(64))).toList();
        AuditRecord r = new AuditRecord(UUID.randomUUID().toString(),
                at.truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString(), principal, endpoint, "2025-03-01", refs,
                Map.of("caseId", "C-1", "psa", List.of(0.25, 0.4)), output, List.of(), List.of(), Map.of(), List.of(),
                List.of(), 1234L, null, null, null);
        return PendingRecord.of(r);
    }

    static PendingRecord record() {
        return record(Instant.now(), "clara", "POST /api/assessments", "pathway", "recurrence");
    }
}
