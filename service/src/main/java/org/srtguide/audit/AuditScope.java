package org.srtguide.audit;

import java.util.UUID;

import org.srtguide.decision.EvaluationTrace;

/**
 * One evaluation under audit: its id (known before the response is built, so the response can
 * carry it), its endpoint, its start time and the trace its evaluation fills.
 */
public final class AuditScope implements AutoCloseable {
    private final String id = UUID.randomUUID().toString();
    private final String endpoint;
    private final long startNanos = System.nanoTime();
    private final EvaluationTrace trace = new EvaluationTrace();
    private final Runnable onHandedOver;
    private boolean committed;
    private boolean handedOver;

    /** @param onHandedOver run once, when the record goes to the store or the scope closes without one */
    AuditScope(String endpoint, Runnable onHandedOver) {
        this.endpoint = endpoint;
        this.onHandedOver = onHandedOver;
    }

    public String id() {
        return id;
    }

    public String endpoint() {
        return endpoint;
    }

    public EvaluationTrace trace() {
        return trace;
    }

    long elapsedMicros() {
        return (System.nanoTime() - startNanos) / 1_000;
    }

    /** Exactly one record per evaluation: a second commit of the same scope is a programming error. */
    void markCommitted() {
        if (committed) {
            throw new IllegalStateException("audit scope " + id + " is already committed");
        }
        committed = true;
    }

    /** The evaluation no longer produces a record for the store (handed over, or none will come). */
    void handOver() {
        if (!handedOver) {
            handedOver = true;
            onHandedOver.run();
        }
    }

    @Override
    public void close() {
        handOver();
    }
}
