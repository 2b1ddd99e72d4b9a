package org.eveseat.domain.sync.model;

import java.time.Instant;

import org.eveseat.domain.shared.Require;

/**
 * A batch job execution this application started: its id in the job repository, its job and its sync, if any;
 * how it ended (no outcome while it runs) and what it stored, counted after every chunk, so the record stays
 * right even for an execution whose node died and whose runtime record never moves again.
 */
public record JobRunRef(long executionId, String job, SyncKey sync, Instant startedAt, JobRunOutcome outcome,
                        Instant endedAt, long pagesStored, long rowsStored) {
    public JobRunRef {
        Require.positive(executionId, "job execution id");
        Require.present(job, "job name");
        Require.present(startedAt, "start time");
        Require.notNegative(pagesStored, "pages stored");
        Require.notNegative(rowsStored, "rows stored");
    }

    /** Just started: no outcome, nothing stored yet. */
    public JobRunRef(long executionId, String job, SyncKey sync, Instant startedAt) {
        this(executionId, job, sync, startedAt, null, null, 0, 0);
    }
}
