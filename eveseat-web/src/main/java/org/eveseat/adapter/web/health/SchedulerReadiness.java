package org.eveseat.adapter.web.health;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eveseat.adapter.batch.scheduler.SyncScheduler;

/**
 * Down when this node's scheduler should tick but has not for three intervals: it is stuck, and its partitions'
 * syncs are not running. A node with syncing switched off reports that and stays up.
 */
@Readiness
@ApplicationScoped
public class SchedulerReadiness implements HealthCheck {
    private static final int MISSED_TICKS = 3;
    private final Clock clock = Clock.systemUTC();
    private final Instant started = clock.instant();

    @Inject
    SyncScheduler scheduler;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("scheduler").withData("ticking", scheduler.ticking());
        if (!scheduler.ticking()) {
            return response.up().build();
        }
        Instant last = scheduler.lastTick() == null ? started : scheduler.lastTick();
        boolean fresh = clock.instant().isBefore(last.plus(scheduler.tickInterval().multipliedBy(MISSED_TICKS)));
        return response.withData("lastTick", last.toString()).status(fresh).build();
    }
}
