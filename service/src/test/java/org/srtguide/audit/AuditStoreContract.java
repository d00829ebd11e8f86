package org.srtguide.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

import org.junit.jupiter.api.Test;
import org.srtguide.api.UnavailableException;

/**
 * The storage layer against a real database, without Quarkus: chain append, group commit under
 * concurrency, batching and failure. Run on H2 and PostgreSQL; reading back is {@link AuditQueryContract}.
 */
abstract class AuditStoreContract extends AuditDatabaseFixture {

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
    void shouldCommitAFullBatchAtOnceWhileMoreRecordsAreStillExpected() throws Exception {
        FlakyDataSource ds = new FlakyDataSource(db.dataSource());
        // Evaluations stay in progress and the linger is far beyond the commit timeout: only a full
        // batch can release its callers in time.
        ChainWriter w = lingeringWriter("full", ds, 3, Duration.ofSeconds(10), Duration.ofHours(1), new AtomicBoolean(true));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Long>> appended = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                appended.add(pool.submit(() -> w.append(TestRecords.record())));
            }
            List<Long> sequences = new ArrayList<>();
            for (Future<Long> f : appended) {
                sequences.add(f.get(10, TimeUnit.SECONDS));
            }
            assertThat(sequences).containsExactlyInAnyOrder(1L, 2L, 3L);
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
}
