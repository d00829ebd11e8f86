package org.srtguide.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.srtguide.api.InvalidInputException;

/**
 * Reading the audit store back against a real database, without Quarkus: verification and tampering,
 * filters, paging and export. Run on H2 and PostgreSQL.
 */
abstract class AuditQueryContract extends AuditDatabaseFixture {

    @Test
    void shouldNameTheTamperedSequenceWhenARecordIsAlteredInSql() {
        ChainWriter w = writer("w1");
        for (int i = 0; i < 5; i++) {
            w.append(TestRecords.record());
        }
        assertValid();

        db.execute("UPDATE audit_record SET record_json = REPLACE(record_json, 'SALVAGE_RADIOTHERAPY', 'SURVEILLANCE')"
                + " WHERE writer_id = 'w1' AND seq = 3");

        ChainVerifier.Report report = verify();
        assertThat(report.valid()).isFalse();
        assertThat(report.chains()).singleElement().satisfies(c -> {
            assertThat(c.valid()).isFalse();
            assertThat(c.firstBrokenSequence()).isEqualTo(3L);
            assertThat(c.reason()).contains("record altered");
            assertThat(c.records()).isEqualTo(5);
        });
    }

    @Test
    void shouldNameTheMissingSequenceWhenARecordIsDeletedInSql() {
        ChainWriter w = writer("w1");
        for (int i = 0; i < 4; i++) {
            w.append(TestRecords.record());
        }

        db.execute("DELETE FROM audit_record WHERE writer_id = 'w1' AND seq = 2");

        ChainVerifier.ChainReport chain = verify().chains().get(0);
        assertThat(chain.valid()).isFalse();
        assertThat(chain.firstBrokenSequence()).isEqualTo(2L);
        assertThat(chain.reason()).contains("missing");
    }

    @Test
    void shouldDetectAFilterColumnChangedWithoutTheHashedRecord() {
        ChainWriter w = writer("w1");
        w.append(TestRecords.record());
        w.append(TestRecords.record());

        db.execute("UPDATE audit_record SET principal = 'mallory' WHERE seq = 2");

        ChainVerifier.ChainReport chain = verify().chains().get(0);
        assertThat(chain.firstBrokenSequence()).isEqualTo(2L);
        assertThat(chain.reason()).contains("indexed column principal");
    }

    @Test
    void shouldFillThePathwayColumnFromTheRecordAndDetectItChangedWithoutTheRecord() {
        ChainWriter w = writer("w1");
        w.append(TestRecords.record());
        w.append(TestRecords.record(Map.of("note", "no pathway in this answer"), Instant.now(), "clara", "POST /x", "calc"));
        w.append(TestRecords.record());
        assertThat(db.queryString("SELECT pathway FROM audit_record WHERE seq = 1")).isEqualTo("SALVAGE_RADIOTHERAPY");
        assertThat(db.queryString("SELECT pathway FROM audit_record WHERE seq = 2")).isNull();
        assertValid();

        db.execute("UPDATE audit_record SET pathway = 'SURVEILLANCE' WHERE seq = 3");

        ChainVerifier.ChainReport chain = verify().chains().get(0);
        assertThat(chain.firstBrokenSequence()).isEqualTo(3L);
        assertThat(chain.reason()).contains("indexed column pathway");
    }

    @Test
    void shouldDetectARecomputedHashThatBreaksTheLinkToTheNextRecord() {
        ChainWriter w = writer("w1");
        w.append(TestRecords.record());
        w.append(TestRecords.record());
        StoredRecord first = queries().page(AuditFilter.ALL, 10, null).records().stream()
                .filter(r -> r.sequence() == 1).findFirst().orElseThrow();
        String forged = first.recordJson().replace("clara", "colin");

        db.execute("UPDATE audit_record SET principal = 'colin', record_json = '" + forged + "', hash = '"
                + RecordJson.chainHash(RecordJson.GENESIS, forged) + "' WHERE seq = 1");

        ChainVerifier.ChainReport chain = verify().chains().get(0);
        assertThat(chain.firstBrokenSequence()).isEqualTo(2L);
        assertThat(chain.reason()).contains("previous hash");
    }

    @Test
    void shouldReportEveryChainAsValidWhenTheStoreIsEmpty() {
        ChainVerifier.Report report = verify();

        assertThat(report.valid()).isTrue();
        assertThat(report.records()).isZero();
        assertThat(report.chains()).isEmpty();
    }

    @Test
    void shouldFilterByTimeModelPrincipalAndEndpoint() {
        ChainWriter w = writer("w1");
        Instant t0 = Instant.parse("2025-01-10T10:00:00Z");
        w.append(TestRecords.record(t0, "clara", "POST /api/assessments", "pathway", "recurrence"));
        w.append(TestRecords.record(t0.plusSeconds(3600), "adam", "POST /api/decisions/imaging", "imaging"));
        w.append(TestRecords.record(t0.plusSeconds(86_400), "clara", "POST /api/dose-checks", "dose_limits"));

        assertThat(ids(AuditFilter.of("2025-01-10T10:30:00Z", null, null, null, null))).hasSize(2);
        assertThat(ids(AuditFilter.of(null, "2025-01-10", null, null, null))).hasSize(2);
        assertThat(ids(AuditFilter.of("2025-01-11", "2025-01-11", null, null, null))).hasSize(1);
        assertThat(ids(AuditFilter.of(null, null, "recurrence", null, null))).hasSize(1);
        assertThat(ids(AuditFilter.of(null, null, "recur", null, null))).isEmpty();
        assertThat(ids(AuditFilter.of(null, null, "dose_limits", null, null))).hasSize(1);
        assertThat(ids(AuditFilter.of(null, null, "dose%limits", null, null))).isEmpty();
        assertThat(ids(AuditFilter.of(null, null, null, "clara", null))).hasSize(2);
        assertThat(ids(AuditFilter.of(null, null, null, "clara", "POST /api/dose-checks"))).hasSize(1);
    }

    @Test
    void shouldRejectAnUnparseableTimeFilter() {
        assertThatThrownBy(() -> AuditFilter.of("yesterday", null, null, null, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).field()).isEqualTo("from"));
    }

    @Test
    void shouldPageNewestFirstWithoutGapsOrRepeatsWhenFollowingTheCursor() {
        ChainWriter w = writer("w1");
        Instant t0 = Instant.parse("2025-02-01T00:00:00Z");
        List<String> appended = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            // Pairs share a timestamp: the cursor must break ties by id.
            PendingRecord r = TestRecords.record(t0.plusSeconds(i / 2), "clara", "POST /api/assessments", "pathway");
            appended.add(r.id());
            w.append(r);
        }

        List<StoredRecord> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            AuditQueries.Page page = queries().page(AuditFilter.ALL, 5, after);
            seen.addAll(page.records());
            after = page.next();
            pages++;
        } while (after != null);

        assertThat(pages).isEqualTo(5);
        assertThat(seen).extracting(StoredRecord::id).containsExactlyInAnyOrderElementsOf(appended).doesNotHaveDuplicates();
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i - 1).recordedAt()).isAfterOrEqualTo(seen.get(i).recordedAt());
        }
    }

    @Test
    void shouldRejectALimitOutsideItsRangeAndAForgedCursor() {
        assertThatThrownBy(() -> queries().page(AuditFilter.ALL, 0, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> queries().page(AuditFilter.ALL, AuditQueries.MAX_LIMIT + 1, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> queries().page(AuditFilter.ALL, 10, "not-a-cursor"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void shouldServeTheHashedTextVerbatimWithTheChainFields() {
        ChainWriter w = writer("w1");
        PendingRecord r = TestRecords.record();
        w.append(r);

        StoredRecord stored = queries().find(r.id()).orElseThrow();
        Map<String, Object> served = RecordJson.read(stored.json());

        assertThat(served).containsEntry("previousHash", RecordJson.GENESIS).containsEntry("hash", stored.hash())
                .containsEntry("principal", "clara").containsKeys("input", "output", "models", "writerId", "sequence");
        assertThat(stored.json()).startsWith(stored.recordJson().substring(0, stored.recordJson().length() - 1));
    }

    @Test
    void shouldExportOldestFirstAsNdjsonAndCsvWithinTheTimeWindow() throws Exception {
        ChainWriter w = writer("w1");
        Instant t0 = Instant.parse("2025-03-01T08:00:00Z");
        for (int i = 0; i < 3; i++) {
            w.append(TestRecords.record(t0.plusSeconds(60L * i), "clara", "POST /api/assessments", "pathway", "recurrence"));
        }
        AuditFilter window = AuditFilter.of("2025-03-01T08:01:00Z", null, null, null, null);

        StringWriter ndjson = new StringWriter();
        queries().export(window, row -> ExportFormat.NDJSON.row(ndjson, row));
        StringWriter csv = new StringWriter();
        ExportFormat.CSV.header(csv);
        queries().export(window, row -> ExportFormat.CSV.row(csv, row));

        String[] lines = ndjson.toString().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(RecordJson.read(lines[0])).containsEntry("timestamp", "2025-03-01T08:01:00Z").containsEntry("sequence", 2);
        assertThat(RecordJson.read(lines[1])).containsEntry("sequence", 3);
        String[] rows = csv.toString().split("\r\n");
        assertThat(rows).hasSize(3);
        assertThat(rows[0]).startsWith("id,writer_id,sequence,timestamp,");
        assertThat(rows[1]).contains(",w1,2,2025-03-01T08:01:00Z,clara,POST /api/assessments,2025-03-01,\"pathway,recurrence\",1234,");
        // The record text is one quoted cell, its quotes doubled.
        assertThat(rows[1]).endsWith("}\"").contains("\"\"principal\"\":\"\"clara\"\"");
    }

    private List<String> ids(AuditFilter filter) {
        Set<String> ids = new HashSet<>();
        queries().page(filter, 100, null).records().forEach(r -> ids.add(r.id()));
        return List.copyOf(ids);
    }
}
