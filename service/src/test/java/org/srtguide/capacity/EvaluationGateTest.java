package org.srtguide.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.srtguide.api.AtCapacityException;

class EvaluationGateTest {
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void shouldReturnWhatTheEvaluationReturned() {
        EvaluationGate gate = new EvaluationGate(1, Duration.ofSeconds(1));

        assertThat(gate.run(() -> "decided")).isEqualTo("decided");
        assertThat(gate.running()).isZero();
    }

    @Test
    void shouldFreeTheSlotWhenTheEvaluationFails() {
        EvaluationGate gate = new EvaluationGate(1, Duration.ofMillis(50));

        assertThatThrownBy(() -> gate.run(() -> {
            throw new IllegalStateException("model error");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(gate.run(() -> "next")).isEqualTo("next");
    }

    @Test
    void shouldRefuseWithoutEvaluatingWhenEverySlotStaysBusyPastTheQueueTimeout() throws Exception {
        EvaluationGate gate = new EvaluationGate(2, Duration.ofMillis(100));
        AtomicInteger evaluated = new AtomicInteger();
        try (HeldSlots held = HeldSlots.hold(gate, 2)) {
            assertThatThrownBy(() -> gate.run(evaluated::incrementAndGet)).isInstanceOf(AtCapacityException.class)
                    .hasMessageContaining("All 2 evaluation slots stayed busy for 100 ms");
            assertThat(evaluated).hasValue(0);
            assertThat(gate.waiting()).as("the refused evaluation left the queue").isZero();

            held.release();
        }
        assertThat(gate.run(evaluated::incrementAndGet)).isEqualTo(1);
    }

    @Test
    void shouldRunAWaitingEvaluationAsSoonAsASlotFrees() throws Exception {
        EvaluationGate gate = new EvaluationGate(1, Duration.ofSeconds(30));
        try (HeldSlots held = HeldSlots.hold(gate, 1)) {
            Future<String> waiting = pool.submit(() -> gate.run(() -> "ran after the holder"));

            awaitQueued(gate, 1);
            assertThat(waiting).isNotDone();
            held.release();

            assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo("ran after the holder");
        }
    }

    @Test
    void shouldNeverRunMoreEvaluationsAtOnceThanItHasSlots() throws Exception {
        EvaluationGate gate = new EvaluationGate(3, Duration.ofSeconds(30));
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> callers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            callers.add(pool.submit(() -> {
                start.await();
                for (int round = 0; round < 20; round++) {
                    gate.run(() -> {
                        most.accumulateAndGet(now.incrementAndGet(), Math::max);
                        try {
                            Thread.sleep(1); // long enough for the 16 callers to overlap if nothing stopped them
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return now.decrementAndGet();
                    });
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> caller : callers) {
            caller.get(30, TimeUnit.SECONDS);
        }

        assertThat(most.get()).isEqualTo(3);
        assertThat(gate.running()).isZero();
    }

    @Test
    void shouldWaitForAnEvaluationThatStartedInTimeHoweverLongItRuns() {
        EvaluationGate gate = new EvaluationGate(1, Duration.ofMillis(200));
        gate.run(() -> "first"); // the slot's thread exists: the next evaluation starts at once

        assertThat(gate.run(() -> {
            try {
                Thread.sleep(1_000); // well past the queue timeout, which bounds the wait for a slot only
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "finished";
        })).isEqualTo("finished");
    }

    @Test
    void shouldRunEveryEvaluationOnTheGatesOwnThreadsOnly() throws Exception {
        EvaluationGate gate = new EvaluationGate(2, Duration.ofSeconds(30));
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Future<?>> callers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            callers.add(pool.submit(() -> {
                for (int round = 0; round < 20; round++) {
                    gate.run(() -> threads.add(Thread.currentThread().getName()));
                }
                return null;
            }));
        }
        for (Future<?> caller : callers) {
            caller.get(30, TimeUnit.SECONDS);
        }

        assertThat(threads).isNotEmpty().hasSizeLessThanOrEqualTo(2).allMatch(name -> name.startsWith("evaluation-"));
    }

    @Test
    void shouldPassAnErrorOfTheEvaluationToTheCallerAsItIs() {
        EvaluationGate gate = new EvaluationGate(1, Duration.ofSeconds(1));

        assertThatThrownBy(() -> gate.run(() -> {
            throw new AssertionError("engine defect");
        })).isInstanceOf(AssertionError.class).hasMessage("engine defect");
        assertThat(gate.run(() -> "next")).isEqualTo("next");
    }

    @Test
    void shouldGiveOneSlotPerProcessorWhenConfiguredWithZero() {
        assertThat(new EvaluationGate(0, Duration.ofSeconds(1)).concurrency())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void shouldRejectANegativeConcurrencyOrQueueTimeout() {
        assertThatThrownBy(() -> new EvaluationGate(-1, Duration.ofSeconds(1)))
                .hasMessageContaining("srt.evaluation.concurrency");
        assertThatThrownBy(() -> new EvaluationGate(1, Duration.ofSeconds(-1)))
                .hasMessageContaining("srt.evaluation.queue-timeout");
    }

    static void awaitQueued(EvaluationGate gate, int n) throws InterruptedException {
        for (int i = 0; i < 1000 && gate.waiting() < n; i++) {
            Thread.sleep(5);
        }
        assertThat(gate.waiting()).isEqualTo(n);
    }
}
