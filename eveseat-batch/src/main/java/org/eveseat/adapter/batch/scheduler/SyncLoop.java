package org.eveseat.adapter.batch.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.port.in.ClaimDueSyncsUseCase;
import org.eveseat.domain.sync.port.in.PlanSyncsUseCase;

/**
 * The scheduler's loop without the container: plan now and then, claim as many due syncs as there are free
 * slots, run each on a worker. Plain Java so that the benchmark drives the very loop the server runs.
 */
public final class SyncLoop {
    private final PlanSyncsUseCase plans;
    private final ClaimDueSyncsUseCase claims;
    private final Set<SyncEndpoint> runnable;
    private final Consumer<ScheduledSync> runner;
    private final Executor workers;
    private final int concurrency;
    private final Duration planEvery;
    private final Clock clock;
    private final Semaphore slots;
    private volatile Instant lastTick;
    private volatile Instant lastPlan = Instant.EPOCH;

    public SyncLoop(PlanSyncsUseCase plans, ClaimDueSyncsUseCase claims, Set<SyncEndpoint> runnable,
                    Consumer<ScheduledSync> runner, Executor workers, int concurrency, Duration planEvery,
                    Clock clock) {
        this.plans = plans;
        this.claims = claims;
        this.runnable = Set.copyOf(runnable);
        this.runner = runner;
        this.workers = workers;
        this.concurrency = concurrency;
        this.planEvery = planEvery;
        this.clock = clock;
        this.slots = new Semaphore(concurrency);
    }

    /** One pass; returns how many syncs it claimed. */
    public synchronized int tick() {
        if (clock.instant().isAfter(lastPlan.plus(planEvery))) {
            planNow();
        }
        List<ScheduledSync> claimed = claims.claim(slots.availablePermits());
        claimed.forEach(this::dispatch);
        lastTick = clock.instant();
        return claimed.size();
    }

    public synchronized void planNow() {
        plans.plan(runnable);
        lastPlan = clock.instant();
    }

    public Instant lastTick() {
        return lastTick;
    }

    public int busySlots() {
        return concurrency - slots.availablePermits();
    }

    private void dispatch(ScheduledSync sync) {
        slots.acquireUninterruptibly();
        workers.execute(() -> {
            try {
                runner.accept(sync);
            } finally {
                slots.release();
            }
        });
    }
}
