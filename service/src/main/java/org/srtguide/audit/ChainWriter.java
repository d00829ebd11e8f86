package org.srtguide.audit;

import java.sql.SQLException;
import java.time.Duration;
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
 * the queue and hands the batch to its {@link ChainTable}, which numbers, hashes and inserts it in one
 * transaction; only then are the callers released. A failed batch releases its callers with
 * {@link UnavailableException} and the chain head is re-read from the database before the next
 * batch, so the chain never advances past a record that was not committed.
 */
final class ChainWriter implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ChainWriter.class);
    private static final String UNAVAILABLE = "The audit store is unavailable.";

    private final String writerId;
    private final int maxBatch;
    private final Duration commitTimeout;
    private final long lingerNanos;
    private final BooleanSupplier moreComing;
    private final BlockingQueue<Pending> queue;
    private final ChainTable table; // the writer thread's only
    private final Thread thread;
    private volatile boolean running = true;

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
        this.writerId = writerId;
        this.table = new ChainTable(dataSource, writerId);
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
        table.close();
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
            complete(batch, table.commit(records(batch)));
        } catch (SQLException | RuntimeException e) {
            table.forgetHead();
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
                    complete(List.of(p), table.commit(List.of(p.record())));
                } catch (SQLException | RuntimeException single) {
                    table.forgetHead();
                    fail(List.of(p), single);
                }
            }
        }
    }

    private static List<PendingRecord> records(List<Pending> batch) {
        List<PendingRecord> records = new ArrayList<>(batch.size());
        batch.forEach(p -> records.add(p.record()));
        return records;
    }

    /** Releases the callers of a committed batch whose last record got {@code lastSequence}. */
    private static void complete(List<Pending> batch, long lastSequence) {
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).committed().complete(lastSequence - batch.size() + 1 + i);
        }
    }

    private void fail(List<Pending> batch, Exception cause) {
        table.forgetHead();
        LOG.errorf("audit record(s) not committed: %d (%s)", batch.size(), cause.getClass().getSimpleName());
        for (Pending p : batch) {
            p.committed().completeExceptionally(new UnavailableException(UNAVAILABLE, cause));
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
