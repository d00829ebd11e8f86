package org.srtguide.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * Migration V7 turns the generated {@code pathway} column into one the service writes: the values the
 * database generated before stay, verify accepts them, and records written after carry the same value.
 */
class PathwayColumnMigrationTest {

    @Test
    void shouldKeepTheGeneratedPathwaysOnH2() throws SQLException {
        upgrade(AuditDatabase::h2);
    }

    @Test
    void shouldKeepTheGeneratedPathwaysOnPostgresql() throws SQLException {
        upgrade(AuditDatabase::postgres);
    }

    private static void upgrade(Function<String, AuditDatabase> open) throws SQLException {
        try (AuditDatabase db = open.apply("6")) {
            String previous = RecordJson.GENESIS;
            previous = insertAsBefore(db, 1, previous, Map.of("recommendation", Map.of("pathway", "SURVEILLANCE")));
            insertAsBefore(db, 2, previous, Map.of("note", "no pathway"));
            assertThat(db.queryString("SELECT pathway FROM audit_record WHERE seq = 1")).isEqualTo("SURVEILLANCE");

            db.migrate();

            assertThat(db.queryString("SELECT pathway FROM audit_record WHERE seq = 1")).isEqualTo("SURVEILLANCE");
            assertThat(db.queryString("SELECT pathway FROM audit_record WHERE seq = 2")).isNull();
            try (ChainWriter writer = new ChainWriter(db.dataSource(), "w1", 8, 100, Duration.ofSeconds(20))) {
                writer.append(TestRecords.record());
            }
            assertThat(db.queryString("SELECT pathway FROM audit_record WHERE seq = 3")).isEqualTo("SALVAGE_RADIOTHERAPY");
            ChainVerifier.Report report = new ChainVerifier(db.dataSource()).verify();
            assertThat(report.valid()).as("%s", report.chains()).isTrue();
            assertThat(report.chains().get(0).records()).isEqualTo(3);
        }
    }

    /** A record inserted as the service did before V7: without the pathway, which the database generated. */
    private static String insertAsBefore(AuditDatabase db, long seq, String previous, Map<String, Object> output)
            throws SQLException {
        PendingRecord r = TestRecords.record(output, Instant.parse("2025-03-01T10:00:00Z").plusSeconds(seq), "clara",
                "POST /api/assessments", "pathway");
        byte[] text = r.canonical(RecordJson.quote("w1"), seq);
        String hash = RecordJson.chainHash(previous, text);
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO audit_record (id, writer_id, seq, recorded_at,"
                        + " principal, endpoint, as_of, model_names, duration_micros, record_json, prev_hash, hash)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, r.id());
            ps.setString(2, "w1");
            ps.setLong(3, seq);
            ps.setObject(4, OffsetDateTime.ofInstant(Instant.parse(r.timestamp()), ZoneOffset.UTC));
            ps.setString(5, r.principal());
            ps.setString(6, r.endpoint());
            ps.setDate(7, java.sql.Date.valueOf(r.asOf()));
            ps.setString(8, r.modelNames());
            ps.setLong(9, r.durationMicros());
            ps.setString(10, new String(text, StandardCharsets.UTF_8));
            ps.setString(11, previous);
            ps.setString(12, hash);
            ps.executeUpdate();
        }
        return hash;
    }
}
