package org.eveseat.domain.sync.service;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.model.LiveTopics;
import org.eveseat.domain.event.port.out.EventPublisher;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.sync.model.JobRunRef;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.in.JobRunLogUseCase;
import org.eveseat.domain.sync.port.out.JobRunRepository;

/** Keeps the log of started job executions and pushes each job's start, progress and end to the jobs topic. */
public class JobRunLogService implements JobRunLogUseCase {
    private final JobRunRepository runs;
    private final EventPublisher events;
    private final Clock clock;

    public JobRunLogService(JobRunRepository runs, EventPublisher events, Clock clock) {
        this.runs = runs;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void started(long executionId, String job, SyncKey sync) {
        runs.add(new JobRunRef(executionId, job, sync, clock.instant()));
        publish("job.started", executionId, job, sync, Map.of());
    }

    @Override
    public void progressed(long executionId, String job, SyncKey sync, long itemsWritten) {
        publish("job.progress", executionId, job, sync, Map.of("itemsWritten", itemsWritten));
    }

    @Override
    public void ended(long executionId, String job, SyncKey sync, String status) {
        publish("job.ended", executionId, job, sync, Map.of("status", status));
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
