package org.srtguide.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Occupies evaluation slots from other threads until released, as long-running evaluations would. */
final class HeldSlots implements AutoCloseable {
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Future<Boolean>> holders = new ArrayList<>();

    /** Returns once all n slots are held. */
    static HeldSlots hold(EvaluationGate gate, int n) throws InterruptedException {
        HeldSlots slots = new HeldSlots();
        CountDownLatch held = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            slots.holders.add(slots.threads.submit(() -> gate.run(() -> {
                held.countDown();
                try {
                    return slots.release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            })));
        }
        assertThat(held.await(10, TimeUnit.SECONDS)).as("every slot held").isTrue();
        return slots;
    }

    /** Lets the holders finish and checks that each held its slot until released. */
    void release() throws Exception {
        release.countDown();
        for (Future<Boolean> holder : holders) {
            assertThat(holder.get(10, TimeUnit.SECONDS)).as("held until released").isTrue();
        }
    }

    @Override
    public void close() {
        release.countDown();
        threads.shutdownNow();
    }
}
