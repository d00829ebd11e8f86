package org.srtguide.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh audit database per test (H2 or PostgreSQL, by subclass) with the writers, verifier and queries over it. */
abstract class AuditDatabaseFixture {
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
        return lingeringWriter(id, ds, 64, commitTimeout, linger, moreComing);
    }

    ChainWriter lingeringWriter(String id, FlakyDataSource ds, int maxBatch, Duration commitTimeout, Duration linger,
            AtomicBoolean moreComing) {
        ChainWriter w = new ChainWriter(ds, id, maxBatch, 1000, commitTimeout, linger, moreComing::get);
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
}
