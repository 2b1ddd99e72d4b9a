package org.eveseat.domain.sync.service;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.model.LiveTopics;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.sync.model.JobRunOutcome;
import org.eveseat.domain.sync.model.JobRunRef;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.in.JobRunLogUseCase;
import org.eveseat.domain.sync.port.out.JobRunRepository;

/**
 * Keeps the log of started job executions with their progress and end, and pushes each job's start, progress and
 * end to the jobs topic. A run holds a lease as its sync does, renewed with each chunk's progress; when it runs
 * out without an end, the run's node died and the run is marked abandoned, with what it had stored.
 */
public class JobRunLogService implements JobRunLogUseCase {
    private final JobRunRepository runs;
    private final EventPublisher events;
    private final Duration lease;
    private final Clock clock;

    public JobRunLogService(JobRunRepository runs, EventPublisher events, Duration lease, Clock clock) {
        this.runs = runs;
        this.events = events;
        this.lease = lease;
        this.clock = clock;
    }

    @Override
    public void started(long executionId, String job, SyncKey sync) {
        runs.add(new JobRunRef(executionId, job, sync, clock.instant()), clock.instant().plus(lease));
        publish("job.started", executionId, job, sync, Map.of());
    }

    @Override
    public void progressed(long executionId, String job, SyncKey sync, long pagesStored, long rowsStored) {
        runs.progressed(executionId, pagesStored, rowsStored, clock.instant().plus(lease));
        publish("job.progress", executionId, job, sync, Map.of("itemsWritten", pagesStored, "rowsStored", rowsStored));
    }

    @Override
    public void ended(long executionId, String job, SyncKey sync, String status) {
        // the job may end before the worker that started it has logged the start: the end is kept either way
        runs.ended(new JobRunRef(executionId, job, sync, clock.instant(), JobRunOutcome.valueOf(status),
                clock.instant(), 0, 0));
        publish("job.ended", executionId, job, sync, Map.of("status", status));
    }

    @Override
    public List<JobRunRef> abandonExpired() {
        List<JobRunRef> abandoned = runs.abandonExpired(clock.instant());
        abandoned.forEach(run -> publish("job.ended", run.executionId(), run.job(), run.sync(), Map.of("status",
                JobRunOutcome.ABANDONED.name(), "itemsWritten", run.pagesStored(), "rowsStored", run.rowsStored())));
        return abandoned;
    }

    private void publish(String type, long executionId, String job, SyncKey sync, Map<String, Object> extra) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("executionId", executionId);
        payload.put("job", job);
        if (sync != null) {
            payload.put("endpoint", sync.endpoint().name());
            payload.put("ownerId", sync.ownerId());
        }
        payload.putAll(extra);
        events.publish(new LiveEvent(type, LiveTopics.JOBS, clock.instant(), payload));
    }

    @Override
    public List<JobRunRef> newest(int limit) {
        Require.between(limit, 1, 1000, "limit");
        return runs.newest(limit);
    }
}
