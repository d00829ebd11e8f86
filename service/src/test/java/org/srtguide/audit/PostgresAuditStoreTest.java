package org.srtguide.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The storage contract on PostgreSQL, the production store; runs in CI (.ci/run starts the server). */
class PostgresAuditStoreTest extends AuditStoreContract {
    @Override
    AuditDatabase open() {
        return AuditDatabase.postgres();
    }

    @Test
    void shouldCompressRecordTextWithLz4WhenMigratedOnPostgres() {
        assertThat(db.queryString("SELECT attcompression FROM pg_attribute"
                + " WHERE attrelid = 'audit_record'::regclass AND attname = 'record_json'")).isEqualTo("l");
    }

    @Test
    void shouldKeepACompressedRecordInItsTableRowInsteadOfToastChunks() {
        // ~21 KB of text that lz4 takes to ~5 KB, as a real assessment record: above PostgreSQL's default
        // 2 KB out-of-line threshold, within the table's toast_tuple_target (V1_2).
        byte[] noise = new byte[2600];
        new Random(7).nextBytes(noise);
        Map<String, Object> output = Map.of("rationale", "Salvage radiotherapy is considered when PSA rises. ".repeat(320),
                "detail", HexFormat.of().formatHex(noise));
        PendingRecord large = TestRecords.record(output, Instant.now(), "clara", "POST /api/assessments", "pathway");
        writer("inline").append(large);

        assertThat(Integer.parseInt(db.queryString("SELECT octet_length(record_json) FROM audit_record"))).isGreaterThan(20_000);
        assertThat(Integer.parseInt(db.queryString("SELECT pg_column_size(record_json) FROM audit_record")))
                .isBetween(2_100, 8_000);
        assertThat(db.queryString("SELECT pg_relation_size(reltoastrelid) FROM pg_class WHERE oid = 'audit_record'::regclass"))
                .isEqualTo("0");
    }
}
