package org.eveseat.domain.sync.model;

import java.time.Instant;

import org.eveseat.domain.shared.Require;

/** A batch job execution this application started: its id in the job repository, its job and its sync, if any. */
public record JobRunRef(long executionId, String job, SyncKey sync, Instant startedAt) {
    public JobRunRef {
        Require.positive(executionId, "job execution id");
        Require.present(job, "job name");
        Require.present(startedAt, "start time");
    }
}
