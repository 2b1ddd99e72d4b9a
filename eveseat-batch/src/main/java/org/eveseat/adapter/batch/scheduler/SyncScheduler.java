package org.eveseat.adapter.batch.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.port.in.ClaimDueSyncsUseCase;
import org.eveseat.domain.sync.port.in.JobRunLogUseCase;
import org.eveseat.domain.sync.port.in.PlanSyncsUseCase;
import org.eveseat.domain.sync.port.in.ReleaseSyncLeasesUseCase;

/**
 * The sync engine's clock. Every few seconds it plans (now and then), claims as many due syncs of this node's
 * partitions as it has free slots, and hands each to a managed thread: at most {@code concurrency} run at once,
 * and a slow one only holds its own slot. Due times live in PostgreSQL, so nothing is lost across restarts. Once
 * a minute it also marks abandoned the job runs whose node died. When the application stops, it claims no more,
 * stops its jobs and gives its leases back ({@link SyncShutdown}).
 */
@ApplicationScoped
public class SyncScheduler {
    private static final Logger LOG = Logger.getLogger(SyncScheduler.class.getName());
    private static final Duration PLAN_EVERY = Duration.ofMinutes(1);
    private static final Duration LOOK_FOR_ABANDONED_EVERY = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "eveseat.sync.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "eveseat.sync.tick-seconds", defaultValue = "5")
    int tickSeconds;

    @Inject
    @ConfigProperty(name = "eveseat.sync.concurrency", defaultValue = "16")
    int concurrency;

    /** How long a stopping node waits for its jobs to stop after their current chunk. */
    @Inject
    @ConfigProperty(name = "eveseat.sync.stop-wait-seconds", defaultValue = "5")
    int stopWaitSeconds;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService timer;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService workers;

    @Inject
    PlanSyncsUseCase plans;

    @Inject
    ClaimDueSyncsUseCase claims;

    @Inject
    SyncRunners runners;

    @Inject
    JobRunLogUseCase jobRuns;

    @Inject
    ReleaseSyncLeasesUseCase leases;

    @Inject
    JobEnds jobEnds;

    private final AtomicBoolean stopping = new AtomicBoolean();
    private SyncLoop loop;
    private ScheduledFuture<?> ticking;
    private volatile Instant lookedForAbandoned = Instant.EPOCH;

    /** Called once at deployment, from the web module's start-up (where its executors can be looked up). */
    public void start() {
        loop = new SyncLoop(plans, claims, runners.runnable(), runners::run, workers, concurrency, PLAN_EVERY,
                Clock.systemUTC(), e -> LOG.log(Level.WARNING, "claiming more due syncs failed; next pass in "
                        + tickSeconds + " s", e));
        if (enabled) {
            ticking = timer.scheduleWithFixedDelay(this::tick, tickSeconds, tickSeconds, TimeUnit.SECONDS);
        }
    }

    /** One pass; also what an operator's "run due syncs now" does on a node whose timer is off. */
    public int tick() {
        try {
            markAbandonedJobs();
            return loop.tick();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sync scheduler pass failed; next pass in " + tickSeconds + " s", e);
            return 0;
        }
    }

    /**
     * Job runs whose node died stay STARTED in the job repository; once their lease is over they are abandoned. A
     * failure here must not keep the pass from claiming syncs.
     */
    private void markAbandonedJobs() {
        Instant now = Instant.now();
        if (now.isBefore(lookedForAbandoned.plus(LOOK_FOR_ABANDONED_EVERY))) {
            return;
        }
        lookedForAbandoned = now;
        try {
            jobRuns.abandonExpired().forEach(run -> LOG.info(() -> "job execution " + run.executionId() + " ("
                    + run.job() + ", " + run.sync() + ") abandoned: its node stopped renewing its lease; it had stored "
                    + run.pagesStored() + " pages, " + run.rowsStored() + " rows"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "marking abandoned job runs failed; next try in a minute", e);
        }
    }

    /** Brings the schedule in line with the tokens now, e.g. right after a login added a character. */
    public void planNow() {
        loop.planNow();
    }

    /** Runs a sync the caller has claimed (an operator's "run now") in one of the slots, waiting for one if need be. */
    public void run(ScheduledSync sync) {
        if (stopping.get()) {
            runners.giveBack(sync);
        } else {
            loop.run(sync);
        }
    }

    /** Plans on the next pass (within a tick) rather than after the usual minute; cheap, so logins may call it. */
    public void planSoon() {
        if (loop != null) {
            loop.planSoon();
        }
    }

    public boolean ticking() {
        return ticking != null && !ticking.isDone();
    }

    public Instant lastTick() {
        return loop.lastTick();
    }

    public Duration tickInterval() {
        return Duration.ofSeconds(tickSeconds);
    }

    public int busySlots() {
        return loop.busySlots();
    }

    /**
     * The application is stopping: from the web module's end (where the batch runtime and the datasource still
     * serve) or, should that not come, this bean's end. Runs once, never throws, takes a few seconds at most.
     */
    public void stop() {
        stop("the web module ends");
    }

    @PreDestroy
    void destroyed() {
        stop("the scheduler's bean ends");
    }

    private void stop(String why) {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        LOG.info(() -> "sync scheduler stopping: " + why);
        if (ticking != null) {
            ticking.cancel(false);
        }
        if (loop != null) {
            loop.close();
        }
        try {
            runners.stopping();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the sync runners are gone already", e);
        }
        new SyncShutdown(jobEnds, executionId -> BatchRuntime.getJobOperator().stop(executionId), leases,
                Duration.ofSeconds(stopWaitSeconds)).run();
    }
}
