package org.eveseat.adapter.batch.scheduler;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lets the scheduler's worker wait for the end of a job it started, so that a journal walk holds its slot as a
 * direct sync does and the scheduler's concurrency bounds jobs too. The job's listener signals the end, which
 * may come before the worker starts waiting. It also knows which of this node's jobs still run, so that a node
 * going down can stop them.
 */
@ApplicationScoped
public class JobEnds {
    private final Map<Long, CountDownLatch> ends = new ConcurrentHashMap<>();
    /** Jobs no worker waits for (an operator's restart): forgotten when they end. */
    private final Set<Long> unawaited = ConcurrentHashMap.newKeySet();

    /** A job this node started runs until its listener reports its end. */
    void started(long executionId) {
        latch(executionId);
    }

    /** As {@link #started}, for a job no worker waits for. */
    void startedUnawaited(long executionId) {
        unawaited.add(executionId);
        if (latch(executionId).getCount() == 0) {
            forget(executionId); // it ended before it was noted
        }
    }

    void ended(long executionId) {
        latch(executionId).countDown();
        if (unawaited.contains(executionId)) {
            forget(executionId);
        }
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

    /** The jobs started here whose end has not come yet. */
    Set<Long> running() {
        return ends.entrySet().stream().filter(end -> end.getValue().getCount() > 0).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Waits for the ends of these jobs, all within {@code atMost}; false when one had not ended by then. */
    boolean awaitAll(Collection<Long> executionIds, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        try {
            for (long executionId : executionIds) {
                CountDownLatch end = ends.get(executionId);
                if (end != null && !end.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void forget(long executionId) {
        unawaited.remove(executionId);
        ends.remove(executionId);
    }

    private CountDownLatch latch(long executionId) {
        return ends.computeIfAbsent(executionId, id -> new CountDownLatch(1));
    }
}
