package org.srtguide.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.srtguide.api.InvalidInputException;
import org.srtguide.api.UnavailableException;

/**
 * The storage layer against a real database, without Quarkus: chain append, group commit under
 * concurrency, failure, verify and tampering, queries, paging and export. Run on H2 and PostgreSQL.
 */
abstract class AuditStoreContract {
    AuditDatabase db;
    private final List<ChainWriter> writers = new ArrayList<>();

    abstract AuditDatabase open();

    @BeforeEach
    void setUp() {
        db = open();
    }

    @AfterEach
    void tearDown() {
        writers.forEach(ChainWriter::close);
        db.close();
    }

    ChainWriter writer(String id) {
        return writer(id, new FlakyDataSource(db.dataSource()));
    }

    ChainWriter writer(String id, FlakyDataSource ds) {
        ChainWriter w = new ChainWriter(ds, id, 64, 1000, Duration.ofSeconds(20));
        writers.add(w);
        return w;
    }

    ChainWriter lingeringWriter(String id, FlakyDataSource ds, Duration commitTimeout, Duration linger,
            AtomicBoolean moreComing) {
        ChainWriter w = new ChainWriter(ds, id, 64, 1000, commitTimeout, linger, moreComing::get);
        writers.add(w);
        return w;
    }

    ChainVerifier.Report verify() {
        return new ChainVerifier(db.dataSource()).verify();
    }

    void assertValid() {
        ChainVerifier.Report report = verify();
        assertThat(report.valid()).as("%s", report.chains()).isTrue();
    }

    AuditQueries queries() {
        return new AuditQueries(db.dataSource());
    }

    @Test
    void shouldChainRecordsFromGenesisWhenAppended() {
        ChainWriter w = writer("w1");
        PendingRecord first = TestRecords.record();
        PendingRecord second = TestRecords.record();

        assertThat(w.append(first)).isEqualTo(1);
        assertThat(w.append(second)).isEqualTo(2);

        StoredRecord one = queries().find(first.id()).orElseThrow();
        StoredRecord two = queries().find(second.id()).orElseThrow();
        assertThat(one.previousHash()).isEqualTo(RecordJson.GENESIS);
        assertThat(one.hash()).isEqualTo(RecordJson.chainHash(RecordJson.GENESIS, one.recordJson()));
        assertThat(two.previousHash()).isEqualTo(one.hash());
        assertThat(two.hash()).isEqualTo(RecordJson.chainHash(one.hash(), two.recordJson()));
        assertThat(RecordJson.read(two.recordJson())).containsEntry("writerId", "w1").containsEntry("sequence", 2);
        assertThat(two.recordJson()).startsWith("{\"sequence\":2,\"writerId\":\"w1\",\"asOf\":");
        assertValid();
    }

    @Test
    void shouldNumberAndCommitEveryRecordInChainOrderWhenManyThreadsAppendAtOnce() throws Exception {
        ChainWriter w = writer("busy");
        int threads = 16;
        int perThread = 40;
        Set<Long> sequences = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        long seq = w.append(TestRecords.record());
                        // Returned only after commit: the record is readable now.
                        assertThat(sequences.add(seq)).isTrue();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(sequences).hasSize(threads * perThread);
        assertThat(sequences).allMatch(s -> s >= 1 && s <= threads * perThread);
        assertValid();
        ChainVerifier.Report report = verify();
        assertThat(report.chains()).singleElement().satisfies(c -> {
            assertThat(c.records()).isEqualTo(threads * perThread);
            assertThat(c.lastSequence()).isEqualTo((long) threads * perThread);
        });
    }

    @Test
    void shouldContinueTheChainWhenAWriterRestartsWithTheSameId() {
        ChainWriter before = writer("stable");
        before.append(TestRecords.record());
        before.append(TestRecords.record());
        before.close();

        ChainWriter after = writer("stable");

        assertThat(after.append(TestRecords.record())).isEqualTo(3);
        assertValid();
    }

    @Test
    void shouldCommitEveryQueuedRecordAndRefuseNewOnesWhenClosedWhileBusy() throws Exception {
        // Shutdown: close() runs while one batch is still being written and more records wait behind it.
        FlakyDataSource ds = new FlakyDataSource(db.dataSource());
        ds.holdConnections = new CountDownLatch(1);
        ChainWriter w = writer("closing", ds);
        List<FutureTask<Long>> appends = new ArrayList<>();
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            FutureTask<Long> append = new FutureTask<>(() -> w.append(TestRecords.record()));
            Thread caller = new Thread(append, "caller-" + i);
            appends.add(append);
            callers.add(caller);
            caller.start();
            if (i == 0) {
                ds.held.await(); // the writer has taken the first record and waits for a connection
            }
        }
        // A caller waits with a timeout only once its record is queued; close() only in its join.
        awaitTimedWaiting(callers);
        Thread closer = new Thread(w::close, "closer");
        closer.start();
        awaitTimedWaiting(List.of(closer));

        assertThatThrownBy(() -> w.append(TestRecords.record())).isInstanceOf(UnavailableException.class);
        ds.holdConnections.countDown();
        closer.join();

        Set<Long> sequences = new HashSet<>();
        for (FutureTask<Long> append : appends) {
            sequences.add(append.get());
        }
        assertThat(sequences).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);
        assertValid();
        assertThat(verify().records()).isEqualTo(6);
    }

    private static void awaitTimedWaiting(List<Thread> threads) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!threads.stream().allMatch(t -> t.getState() == Thread.State.TIMED_WAITING)) {
            assertThat(System.nanoTime()).as("threads never blocked: %s", threads).isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    @Test
    void shouldKeepTwoValidChainsWhenTwoWritersShareOneDatabaseConcurrently() throws Exception {
        ChainWriter a = writer("replica-a");
        ChainWriter b = writer("replica-b");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                ChainWriter w = t % 2 == 0 ? a : b;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 30; i++) {
                        w.append(TestRecords.record());
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        assertValid();
        ChainVerifier.Report report = verify();
        assertThat(report.records()).isEqualTo(240);
        assertThat(report.chains()).extracting(ChainVerifier.ChainReport::writerId).containsExactly("replica-a", "replica-b");
        assertThat(report.chains()).allSatisfy(c -> assertThat(c.records()).isEqualTo(120));
    }

    @Test
    void shouldKeepOneConnectionAndOneInsertStatementForSuccessiveBatches() {
        FlakyDataSource ds = new FlakyDataSource(db.dataSource());
        ChainWriter w = writer("kept", ds);
        for (int i = 0; i < 5; i++) {
            w.append(TestRecords.record());
        }

        assertThat(ds.borrowed).hasValue(1);
        // The insert, and the chain head's query once at the start: the pool tracks every statement a
        // kept connection prepares, so one per batch would accumulate.
        assertThat(ds.prepared).hasValue(2);
        assertValid();
    }

    @Test
    void shouldHoldABatchOpenForRecordsOfEvaluationsStillInProgressAndCommitThemTogether() throws Exception {
        FlakyDataSource ds = new FlakyDataSource(db.dataSource());
        AtomicBoolean moreComing = new AtomicBoolean(true);
        ChainWriter w = lingeringWriter("linger", ds, Duration.ofSeconds(30), Duration.ofSeconds(20), moreComing);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> first = pool.submit(() -> w.append(TestRecords.record()));
            // Without lingering the first record would be committed alone by now.
            assertThatThrownBy(() -> first.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            // The last evaluation in progress hands over its record: the batch closes on its arrival.
            moreComing.set(false);
            Future<Long> second = pool.submit(() -> w.append(TestRecords.record()));

            assertThat(List.of(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS))).containsExactly(1L, 2L);
            assertThat(ds.commits).hasValue(1);
            assertValid();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldCommitAtOnceWhenNoAuditedEvaluationIsInProgress() {
        FlakyDataSource ds = new FlakyDataSource(db.dataSource());
        // A linger far beyond the commit timeout: waiting at all would fail the caller.
        ChainWriter w = lingeringWriter("alone", ds, Duration.ofSeconds(5), Duration.ofHours(1), new AtomicBoolean(false));

        assertThat(w.append(TestRecords.record())).isEqualTo(1);
        assertThat(w.append(TestRecords.record())).isEqualTo(2);
        assertThat(ds.commits).hasValue(2);
    }

    @Test
    void shouldCommitWhenTheLingerTimeEndsEvenIfMoreRecordsAreExpected() {
        FlakyDataSource ds = new FlakyDataSource(db.dataSource());
        ChainWriter w = lingeringWriter("bounded", ds, Duration.ofSeconds(20), Duration.ofMillis(50), new AtomicBoolean(true));

        assertThat(w.append(TestRecords.record())).isEqualTo(1);
        assertThat(ds.commits).hasValue(1);
    }

    @Test
    void shouldCloseTheKeptStatementAndConnectionWhenClosed() throws Exception {
        FlakyDataSource ds = new FlakyDataSource(db.dataSource());
        ChainWriter w = writer("closed", ds);
        w.append(TestRecords.record());
        w.close();

        assertThat(ds.statements).hasSize(2);
        for (Statement statement : ds.statements) {
            assertThat(statement.isClosed()).as("%s", statement).isTrue();
        }
    }

    @Test
    void shouldCommitOnAFreshConnectionWithoutFailingTheCallerWhenTheKeptOneBroke() {
        FlakyDataSource ds = new FlakyDataSource(db.dataSource());
        ChainWriter w = writer("restarted", ds);
        w.append(TestRecords.record());
        ds.breakOpenConnections();

        assertThat(w.append(TestRecords.record())).isEqualTo(2);
        assertThat(ds.borrowed).hasValue(2);
        assertValid();
    }

    @Test
    void shouldFailCallersAndNotAdvanceTheChainWhenTheCommitFails() {
        FlakyDataSource ds = new FlakyDataSource(db.dataSource());
        ChainWriter w = writer("flaky", ds);
        w.append(TestRecords.record());
        ds.failCommits = true;
        PendingRecord lost = TestRecords.record();

        assertThatThrownBy(() -> w.append(lost)).isInstanceOf(UnavailableException.class);

        ds.failCommits = false;
        assertThat(w.append(TestRecords.record())).isEqualTo(2);
        // The connection was alive: the failed batch was not tried again on another one.
        assertThat(ds.borrowed).hasValue(2);
        assertThat(queries().find(lost.id())).isEmpty();
        assertValid();
    }

    @Test
    void shouldFailOnlyTheRecordTheDatabaseRefusesWhenItSharesABatchWithOthers() throws Exception {
        ChainWriter w = writer("mixed");
        PendingRecord refused = TestRecords.record(Instant.now(), "x".repeat(300), "POST /api/assessments", "pathway");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> good = new ArrayList<>();
            Future<Long> bad = null;
            for (int i = 0; i < 40; i++) {
                good.add(pool.submit(() -> w.append(TestRecords.record())));
                if (i == 20) {
                    bad = pool.submit(() -> w.append(refused));
                }
            }
            for (Future<Long> f : good) {
                assertThat(f.get()).isPositive();
            }
            Future<Long> refusedResult = bad;
            assertThatThrownBy(refusedResult::get).hasCauseInstanceOf(UnavailableException.class);
        } finally {
            pool.shutdown();
        }

        assertValid();
        assertThat(verify().records()).isEqualTo(40);
    }

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
