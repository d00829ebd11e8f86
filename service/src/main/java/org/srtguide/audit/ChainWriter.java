package org.srtguide.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.jboss.logging.Logger;
import org.srtguide.api.UnavailableException;

/**
 * Group commit for one writer's hash chain. Callers enqueue a record and block; one thread drains
 * the queue, numbers and hashes the batch in order, inserts it in one transaction and only then
 * releases the callers. A failed batch releases its callers with {@link UnavailableException} and
 * the chain head is re-read from the database before the next batch, so the chain never advances
 * past a record that was not committed.
 * <p>
 * The writer keeps one connection and its insert statement between batches: borrowing from the
 * pool validated it with a round trip per batch (about 14 % of the writer's CPU under load,
 * bench/RESULTS.md), and the pool tracks every statement prepared on a connection until the
 * connection goes back, so preparing one per batch on a kept connection would grow without bound.
 * A kept connection found dead after a failure is dropped and the batch tried once more on a freshly
 * borrowed one, so a connection lost while idle (database restart, timeout) costs no caller a 503.
 */
final class ChainWriter implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ChainWriter.class);
    private static final String INSERT = "INSERT INTO audit_record (id, writer_id, seq, recorded_at, principal, endpoint,"
            + " as_of, model_names, duration_micros, record_json, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String HEAD = "SELECT seq, hash FROM audit_record WHERE writer_id = ? ORDER BY seq DESC";
    private static final String UNAVAILABLE = "The audit store is unavailable.";

    private final DataSource dataSource;
    private final String writerId;
    private final String quotedWriterId;
    private final int maxBatch;
    private final Duration commitTimeout;
    private final long lingerNanos;
    private final BooleanSupplier moreComing;
    private final BlockingQueue<Pending> queue;
    private final Thread thread;
    private volatile boolean running = true;

    // Chain head: touched by the writer thread only.
    private long sequence;
    private String lastHash = CanonicalJson.GENESIS;
    private boolean headKnown;
    private Connection connection;
    private PreparedStatement insert;

    private record Pending(PendingRecord record, CompletableFuture<Long> committed) {
    }

    /** A writer that commits whatever has arrived as soon as the previous commit is done. */
    ChainWriter(DataSource dataSource, String writerId, int maxBatch, int queueCapacity, Duration commitTimeout) {
        this(dataSource, writerId, maxBatch, queueCapacity, commitTimeout, Duration.ZERO, () -> false);
    }

    /**
     * @param linger     how long a batch may wait for more records while {@code moreComing} says
     *                   evaluations are still on their way to the store
     * @param moreComing whether records are expected soon (audited evaluations in progress)
     */
    ChainWriter(DataSource dataSource, String writerId, int maxBatch, int queueCapacity, Duration commitTimeout,
            Duration linger, BooleanSupplier moreComing) {
        this.dataSource = dataSource;
        this.writerId = writerId;
        this.quotedWriterId = CanonicalJson.quote(writerId);
        this.maxBatch = maxBatch;
        this.commitTimeout = commitTimeout;
        this.lingerNanos = linger.toNanos();
        this.moreComing = moreComing;
        this.queue = new LinkedBlockingQueue<>(queueCapacity);
        this.thread = new Thread(this::run, "audit-writer");
        thread.setDaemon(true);
        thread.start();
    }

    String writerId() {
        return writerId;
    }

    /** Appends a record and returns its sequence once the transaction holding it has committed. */
    long append(PendingRecord record) {
        CompletableFuture<Long> committed = new CompletableFuture<>();
        if (!running || !queue.offer(new Pending(record, committed))) {
            throw new UnavailableException(UNAVAILABLE, null);
        }
        try {
            return committed.get(commitTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UnavailableException u ? u : new UnavailableException(UNAVAILABLE, e.getCause());
        } catch (TimeoutException e) {
            // The record may still commit later; the caller must not claim it did.
            throw new UnavailableException(UNAVAILABLE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException(UNAVAILABLE, e);
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                linger(batch);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } catch (RuntimeException e) {
                fail(batch, e);
            } finally {
                batch.clear();
            }
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.committed().completeExceptionally(new UnavailableException(UNAVAILABLE, null));
        }
        dropConnection();
    }

    /**
     * Waits briefly for records of evaluations still in progress, so they share the batch's
     * transaction: on PostgreSQL a commit costs about three records' worth of database CPU
     * (bench/RESULTS.md), and under load single-record batches were the norm. Nothing waits when no
     * audited evaluation is in progress, so a lone request is committed at once. Whether more are
     * coming is checked again on each arrival only (a timed wait per check cost the writer more than
     * it saved); an evaluation that ends without a record therefore costs at most one linger.
     */
    private void linger(List<Pending> batch) throws InterruptedException {
        if (lingerNanos <= 0) {
            return;
        }
        long deadline = System.nanoTime() + lingerNanos;
        while (batch.size() < maxBatch && running && moreComing.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            Pending next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                return;
            }
            batch.add(next);
            queue.drainTo(batch, maxBatch - batch.size());
        }
    }

    private void write(List<Pending> batch) {
        try {
            commit(batch);
        } catch (SQLException | RuntimeException e) {
            // The commit may or may not have reached the database: trust only what it says next time.
            headKnown = false;
            if (batch.size() == 1) {
                fail(batch, e);
                return;
            }
            // One record the database refuses must not fail the others: retry one by one, in order.
            for (Pending p : batch) {
                if (p.committed().isDone()) {
                    continue;
                }
                try {
                    commit(List.of(p));
                } catch (SQLException | RuntimeException single) {
                    headKnown = false;
                    fail(List.of(p), single);
                }
            }
        }
    }

    /**
     * Commits the batch on the kept connection; once more on a fresh one if the kept one turns out to
     * be dead (a record the database refuses is not retried here: {@link #write} isolates it).
     */
    private void commit(List<Pending> batch) throws SQLException {
        boolean kept = connection != null;
        try {
            insertAndCommit(connection(), batch);
        } catch (SQLException | RuntimeException e) {
            boolean dead = kept && !isValid(connection);
            dropConnection();
            headKnown = false;
            if (!dead) {
                throw e;
            }
            // If the failed attempt did commit, the head re-read makes this one fail on the ids, not fork the chain.
            insertAndCommit(connection(), batch);
        }
    }

    private static boolean isValid(Connection c) {
        try {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Numbers, hashes and inserts the batch in one transaction; advances the head only after commit. */
    private void insertAndCommit(Connection c, List<Pending> batch) throws SQLException {
        if (!headKnown) {
            readHead(c);
        }
        long seq = sequence;
        String prev = lastHash;
        try {
            for (Pending p : batch) {
                seq++;
                byte[] text = p.record().canonical(quotedWriterId, seq);
                String hash = CanonicalJson.chainHash(prev, text);
                bind(insert, p.record(), seq, new String(text, StandardCharsets.UTF_8), prev, hash);
                insert.addBatch();
                prev = hash;
            }
            insert.executeBatch();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c);
            throw e;
        }
        sequence = seq;
        lastHash = prev;
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).committed().complete(seq - batch.size() + 1 + i);
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            Connection c = dataSource.getConnection();
            try {
                c.setAutoCommit(false);
                insert = c.prepareStatement(INSERT);
            } catch (SQLException e) {
                closeQuietly(c);
                throw e;
            }
            connection = c;
        }
        return connection;
    }

    private void dropConnection() {
        if (connection != null) {
            // The statement first: the pool reports statements still open when a connection closes.
            closeQuietly(insert);
            closeQuietly(connection);
            connection = null;
            insert = null;
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            if (resource != null) {
                resource.close();
            }
        } catch (Exception ignored) {
            // Broken already; the pool discards it.
        }
    }

    private void fail(List<Pending> batch, Exception cause) {
        headKnown = false;
        LOG.errorf("audit record(s) not committed: %d (%s)", batch.size(), cause.getClass().getSimpleName());
        for (Pending p : batch) {
            p.committed().completeExceptionally(new UnavailableException(UNAVAILABLE, cause));
        }
    }

    private void readHead(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(HEAD)) {
            q.setString(1, writerId);
            q.setMaxRows(1);
            try (ResultSet rs = q.executeQuery()) {
                sequence = rs.next() ? rs.getLong(1) : 0;
                lastHash = sequence == 0 ? CanonicalJson.GENESIS : rs.getString(2);
            }
        }
        headKnown = true;
    }

    private void bind(PreparedStatement ps, PendingRecord r, long seq, String json, String prev, String hash)
            throws SQLException {
        ps.setString(1, r.id());
        ps.setString(2, writerId);
        ps.setLong(3, seq);
        ps.setObject(4, OffsetDateTime.ofInstant(Instant.parse(r.timestamp()), ZoneOffset.UTC));
        ps.setString(5, r.principal());
        ps.setString(6, r.endpoint());
        ps.setDate(7, r.asOf() == null ? null : Date.valueOf(LocalDate.parse(r.asOf())));
        ps.setString(8, r.modelNames());
        ps.setLong(9, r.durationMicros());
        ps.setString(10, json);
        ps.setString(11, prev);
        ps.setString(12, hash);
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The connection is broken; the transaction is gone with it.
        }
    }

    /** Stops taking records, commits what is queued, then stops the thread. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(commitTimeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
