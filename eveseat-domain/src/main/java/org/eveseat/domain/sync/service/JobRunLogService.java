package org.eveseat.domain.sync.service;

import java.time.Clock;
import java.util.List;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.sync.model.JobRunRef;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.in.JobRunLogUseCase;
import org.eveseat.domain.sync.port.out.JobRunRepository;

/** Keeps the log of started job executions. */
public class JobRunLogService implements JobRunLogUseCase {
    private final JobRunRepository runs;
    private final Clock clock;

    public JobRunLogService(JobRunRepository runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public void started(long executionId, String job, SyncKey sync) {
        runs.add(new JobRunRef(executionId, job, sync, clock.instant()));
    }

    @Override
    public List<JobRunRef> newest(int limit) {
        Require.between(limit, 1, 1000, "limit");
        return runs.newest(limit);
    }
}
