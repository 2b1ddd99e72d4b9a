package org.eveseat.adapter.batch.scheduler;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lets the scheduler's worker wait for the end of a job it started, so that a journal walk holds its slot as a
 * direct sync does and the scheduler's concurrency bounds jobs too. The job's listener signals the end, which
 * may come before the worker starts waiting.
 */
@ApplicationScoped
public class JobEnds {
    private final Map<Long, CountDownLatch> ends = new ConcurrentHashMap<>();

    void ended(long executionId) {
        latch(executionId).countDown();
    }

    /** @return false when the job had not ended within {@code atMost} (its sync is then due after its lease) */
    boolean await(long executionId, Duration atMost) {
        try {
            return latch(executionId).await(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            ends.remove(executionId);
        }
    }

    private CountDownLatch latch(long executionId) {
        return ends.computeIfAbsent(executionId, id -> new CountDownLatch(1));
    }
}
