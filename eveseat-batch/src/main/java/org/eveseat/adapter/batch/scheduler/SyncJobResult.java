package org.eveseat.adapter.batch.scheduler;

import java.time.Instant;

import jakarta.batch.runtime.context.JobContext;

import org.eveseat.domain.shared.UpstreamPausedException;

/**
 * What a sync job's artifacts learn on the way (page 1's Expires, the step's failure, a pause of ESI's budget, what
 * the writers stored) and its listeners record after each chunk and once the job ends. Lives in the job context's transient user data, which all artifacts of
 * one execution share.
 */
public final class SyncJobResult {
    /** Exit status of a job (and of the step) that stopped cleanly because ESI's budget said wait. */
    public static final String DEFERRED = "DEFERRED";

    private Instant expires;
    private Exception failure;
    private UpstreamPausedException pause;
    private long pagesStored;
    private long rowsStored;

    public static SyncJobResult of(JobContext job) {
        if (!(job.getTransientUserData() instanceof SyncJobResult)) {
            job.setTransientUserData(new SyncJobResult());
        }
        return (SyncJobResult) job.getTransientUserData();
    }

    /**
     * Ends the run as deferred rather than failed: the step stops reading (its artifacts check {@link #deferred()})
     * and completes, nothing is thrown, so the runtime logs no stack trace, and the sync is due when the pause ends.
     */
    public static void defer(JobContext job, UpstreamPausedException pause) {
        of(job).pause = pause;
        job.setExitStatus(DEFERRED);
    }

    public void expires(Instant value) {
        if (value != null) {
            expires = value;
        }
    }

    /** A writer stored {@code pages} pages (or items) holding {@code rows} rows; counted for the run's record. */
    public void stored(long pages, long rows) {
        pagesStored += pages;
        rowsStored += rows;
    }

    long pagesStored() {
        return pagesStored;
    }

    long rowsStored() {
        return rowsStored;
    }

    public boolean deferred() {
        return pause != null;
    }

    void failed(Exception exception) {
        failure = exception;
    }

    Instant expires() {
        return expires;
    }

    Exception failure() {
        return failure;
    }

    UpstreamPausedException pause() {
        return pause;
    }
}
