package org.srtguide.capacity;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.srtguide.api.AtCapacityException;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Lets at most {@code srt.evaluation.concurrency} evaluations (default: one per available processor)
 * run at once; the others wait in arrival order. Evaluations are pure CPU work: with more of them in
 * flight than there are cores, the request threads only time-slice each other, which costs every
 * request cache misses and context switches and stretches the latency tail for no gain in throughput
 * (bench/RESULTS.md, issue #7). Only the evaluation itself is gated: a request waiting for its audit
 * commit holds no slot. A caller that waits longer than {@code srt.evaluation.queue-timeout} gets 503
 * before anything is evaluated, so an overloaded instance sheds load instead of queueing without bound.
 */
@ApplicationScoped
public class EvaluationGate {
    private static final Logger LOG = Logger.getLogger(EvaluationGate.class);

    private final Semaphore slots;
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
        this.slots = new Semaphore(concurrency, true);
        this.queueTimeout = queueTimeout;
    }

    /** Runs the evaluation in a slot; throws {@link AtCapacityException} (503) if none frees up in time. */
    public <T> T run(Supplier<T> evaluation) {
        acquire();
        try {
            return evaluation.get();
        } finally {
            slots.release();
        }
    }

    public int concurrency() {
        return concurrency;
    }

    int running() {
        return concurrency - slots.availablePermits();
    }

    int waiting() {
        return slots.getQueueLength();
    }

    private void acquire() {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(queueTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AtCapacityException("The request was interrupted while waiting for an evaluation slot.");
        }
        if (!acquired) {
            throw new AtCapacityException("All " + concurrency + " evaluation slots stayed busy for " + queueTimeout.toMillis()
                    + " ms.");
        }
    }
}
