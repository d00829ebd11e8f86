package org.srtguide.publishing;

import java.util.ArrayList;
import java.util.List;

import io.restassured.response.Response;

/** Assessments sent while the active model version switches (PublishingFlowTest). */
final class ConcurrentAssessments {
    private ConcurrentAssessments() {
    }

    /**
     * Assessments from three threads before, during and after the action (the switch), until each
     * thread has sent two after it returned.
     */
    static List<Response> during(Runnable action) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        List<java.util.concurrent.Future<List<Response>>> workers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            workers.add(pool.submit(() -> {
                List<Response> sent = new ArrayList<>();
                int after = 0;
                while (after < 2) {
                    boolean wasDone = done.get();
                    sent.add(PublishingFlowTest.assess());
                    after += wasDone ? 1 : 0;
                }
                return sent;
            }));
        }
        List<Response> all = new ArrayList<>();
        try {
            action.run();
            done.set(true);
            for (java.util.concurrent.Future<List<Response>> worker : workers) {
                all.addAll(worker.get());
            }
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        } finally {
            done.set(true);
            pool.shutdown();
        }
        return all;
    }
}
