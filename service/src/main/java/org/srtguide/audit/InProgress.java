package org.srtguide.audit;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Audited evaluations that have not yet handed their record to the store. The chain writer lingers
 * for them (a batch commit is much cheaper per record than a single one) and does not wait when
 * there are none.
 */
@ApplicationScoped
class InProgress {
    private final AtomicInteger count = new AtomicInteger();

    void begin() {
        count.incrementAndGet();
    }

    void end() {
        count.decrementAndGet();
    }

    boolean any() {
        return count.get() > 0;
    }
}
