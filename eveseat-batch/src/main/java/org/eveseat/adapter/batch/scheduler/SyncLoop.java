package org.eveseat.adapter.batch.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.port.in.ClaimDueSyncsUseCase;
import org.eveseat.domain.sync.port.in.PlanSyncsUseCase;

/**
 * The scheduler's loop without the container: plan now and then, claim as many due syncs as there are free
 * slots, run each on a worker. While a claim comes back full (more is due than there were slots), a worker that
 * frees its slot claims again at once instead of leaving the slot idle until the next tick: otherwise a node
 * could run at most {@code concurrency} syncs per tick, whatever the latency. Plain Java so that the benchmark
 * drives the very loop the server runs.
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
    private final ReentrantLock claiming = new ReentrantLock();
    private final Consumer<RuntimeException> onRefillFailure;
    private volatile boolean backlog;
    private volatile boolean closed;
    private volatile Instant lastTick;
    private volatile Instant lastPlan = Instant.EPOCH;

    public SyncLoop(PlanSyncsUseCase plans, ClaimDueSyncsUseCase claims, Set<SyncEndpoint> runnable,
                    Consumer<ScheduledSync> runner, Executor workers, int concurrency, Duration planEvery,
                    Clock clock, Consumer<RuntimeException> onRefillFailure) {
        this.onRefillFailure = onRefillFailure;
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

    /** One pass; returns how many syncs it claimed (none once closed). */
    public int tick() {
        if (closed) {
            return 0;
        }
        if (clock.instant().isAfter(lastPlan.plus(planEvery))) {
            planNow();
        }
        int claimed;
        claiming.lock();
        try {
            claimed = claimForFreeSlots();
        } finally {
            claiming.unlock();
        }
        refill();
        return claimed;
    }

    /** Not under the claiming lock: workers keep claiming while the schedule is brought in line with the tokens. */
    public synchronized void planNow() {
        plans.plan(runnable);
        lastPlan = clock.instant();
    }

    /** Runs a sync claimed elsewhere (an operator's "run now") like a claimed one, in a slot of its own. */
    public void run(ScheduledSync sync) {
        dispatch(sync);
    }

    /** The node is going down: no pass and no freed slot claims anything more; the syncs running go on. */
    public void close() {
        closed = true;
    }

    /** The next tick plans, whenever it last did: a login just added a character whose first sync should start. */
    public void planSoon() {
        lastPlan = Instant.EPOCH;
    }

    public Instant lastTick() {
        return lastTick;
    }

    public int busySlots() {
        return concurrency - slots.availablePermits();
    }

    private int claimForFreeSlots() {
        if (closed) {
            return 0;
        }
        int free = slots.availablePermits();
        List<ScheduledSync> claimed = claims.claim(free);
        if (free > 0) {
            backlog = claimed.size() == free;
        }
        claimed.forEach(this::dispatch);
        lastTick = clock.instant();
        return claimed.size();
    }

    private void dispatch(ScheduledSync sync) {
        slots.acquireUninterruptibly();
        try {
            workers.execute(() -> {
                try {
                    runner.accept(sync);
                } finally {
                    slots.release();
                    refill();
                }
            });
        } catch (RuntimeException e) {
            slots.release(); // e.g. shutting down: the sync stays leased and is due again after its lease
            throw e;
        }
    }

    /**
     * A few free slots are claimed together, and only by one thread at a time. A worker that finds the lock taken
     * leaves its slot to the holder (a worker or the tick), so the holder looks again after unlocking: otherwise
     * slots freed during its claim would stay idle until the next tick.
     */
    private void refill() {
        while (backlog && !closed && slots.availablePermits() >= refillBatch() && claiming.tryLock()) {
            try {
                claimForFreeSlots();
            } catch (RuntimeException e) {
                backlog = false;
                onRefillFailure.accept(e);
            } finally {
                claiming.unlock();
            }
        }
    }

    private int refillBatch() {
        return Math.max(1, concurrency / 8);
    }
}
