package org.srtguide.capacity;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.srtguide.api.AtCapacityException;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Runs evaluations on {@code srt.evaluation.concurrency} evaluation threads of its own (default: one per
 * available processor); the others wait in arrival order. Evaluations are pure CPU work: with more of
 * them in flight than there are cores, the request threads only time-slice each other, which costs every
 * request cache misses and context switches and stretches the latency tail for no gain in throughput
 * (bench/RESULTS.md, issue #7). They run on a few threads of their own rather than on whichever request
 * thread got a slot: a slot freed by a request thread stayed idle until the next waiter was woken and
 * scheduled, while an evaluation thread takes its next evaluation from the queue without sleeping; the
 * audited assessment answered 9 % more requests per second at the same CPU per request (bench/RESULTS.md,
 * issue #16, session 15). Only the evaluation itself is gated: a request waiting for its audit commit
 * holds no slot. A caller whose evaluation has not started within {@code srt.evaluation.queue-timeout}
 * gets 503 and the evaluation never runs, so an overloaded instance sheds load instead of queueing
 * without bound; one that has started is always waited for, since it may write (committee actions).
 * <p>
 * An evaluation must therefore not depend on the request thread: it gets what it needs as arguments
 * (principal, audit scope, trace), never from a request-scoped bean or a thread-local set by the caller.
 */
@ApplicationScoped
public class EvaluationGate {
    private static final Logger LOG = Logger.getLogger(EvaluationGate.class);

    private final ThreadPoolExecutor threads;
    private final AtomicInteger running = new AtomicInteger();
    private final int concurrency;
    private final Duration queueTimeout;

    @Inject
    EvaluationGate(EvaluationConfig config, MeterRegistry metrics) {
        this(config.concurrency(), config.queueTimeout());
        Gauge.builder("srt.evaluations.waiting", this, EvaluationGate::waiting)
                .description("Evaluations waiting for a free evaluation slot").register(metrics);
        Gauge.builder("srt.evaluations.running", this, EvaluationGate::running)
                .description("Evaluations running now").register(metrics);
        LOG.infof("evaluation slots: %d, queue time-out %s", concurrency, queueTimeout);
    }

    EvaluationGate(int configured, Duration queueTimeout) {
        if (configured < 0) {
            throw new IllegalArgumentException("srt.evaluation.concurrency must be 0 (one per processor) or positive");
        }
        if (queueTimeout.isNegative()) {
            throw new IllegalArgumentException("srt.evaluation.queue-timeout must not be negative");
        }
        this.concurrency = configured == 0 ? Runtime.getRuntime().availableProcessors() : configured;
        this.queueTimeout = queueTimeout;
        this.threads = new ThreadPoolExecutor(concurrency, concurrency, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                new EvaluationThreads(Thread.currentThread().getContextClassLoader()));
    }

    /**
     * Runs the evaluation on an evaluation thread and returns its result, or throws what it threw;
     * throws {@link AtCapacityException} (503) if it could not start in time.
     */
    public <T> T run(Supplier<T> evaluation) {
        Slot<T> slot = new Slot<>(evaluation);
        try {
            threads.execute(slot);
        } catch (RejectedExecutionException stopped) {
            throw new AtCapacityException("The service is stopping.");
        }
        try {
            return slot.result.get(queueTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            if (slot.abandon()) {
                throw new AtCapacityException("All " + concurrency + " evaluation slots stayed busy for " + queueTimeout.toMillis()
                        + " ms.");
            }
            return finished(slot);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            if (slot.abandon()) {
                throw new AtCapacityException("The request was interrupted while waiting for an evaluation slot.");
            }
            return finished(slot);
        } catch (ExecutionException failed) {
            throw rethrown(failed.getCause());
        }
    }

    public int concurrency() {
        return concurrency;
    }

    int running() {
        return running.get();
    }

    int waiting() {
        return threads.getQueue().size();
    }

    @PreDestroy
    void stop() {
        threads.shutdown();
    }

    /** The result of an evaluation that has started: waited for whatever happens to the caller meanwhile. */
    private static <T> T finished(Slot<T> slot) {
        try {
            return slot.result.join();
        } catch (CompletionException failed) {
            throw rethrown(failed.getCause());
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    /** One evaluation: it runs unless its caller gave up waiting for it first. */
    private final class Slot<T> implements Runnable {
        private static final int QUEUED = 0;
        private static final int STARTED = 1;
        private static final int ABANDONED = 2;

        private final AtomicInteger state = new AtomicInteger(QUEUED);
        private final Supplier<T> evaluation;
        private final CompletableFuture<T> result = new CompletableFuture<>();

        Slot(Supplier<T> evaluation) {
            this.evaluation = evaluation;
        }

        @Override
        public void run() {
            if (!state.compareAndSet(QUEUED, STARTED)) {
                return;
            }
            running.incrementAndGet();
            T value = null;
            Throwable failure = null;
            try {
                value = evaluation.get();
            } catch (Throwable failed) {
                failure = failed;
            } finally {
                running.decrementAndGet(); // before the caller wakes: it never sees its own evaluation running
            }
            if (failure == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(failure);
            }
        }

        /** Whether the evaluation will never run (it had not started); it then leaves the queue. */
        boolean abandon() {
            if (!state.compareAndSet(QUEUED, ABANDONED)) {
                return false;
            }
            threads.remove(this);
            return true;
        }
    }

    /** Daemon threads named "evaluation-n", with the application's class loader as context class loader. */
    private static final class EvaluationThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();
        private final ClassLoader loader;

        EvaluationThreads(ClassLoader loader) {
            this.loader = loader;
        }

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "evaluation-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        }
    }
}
