package org.eveseat.domain.sync.port.out;

import java.time.Instant;
import java.util.List;

import org.eveseat.domain.sync.model.JobRunRef;

/**
 * The job executions EVESeat started, newest first. The admin console lists these rather than asking the batch
 * runtime for every instance of a job: that is slow with thousands of runs, and one instance whose node died
 * before its status was written breaks the runtime's listing for all. Each run holds a lease, renewed with its
 * progress; a run whose lease ran out without an end was abandoned (its node died).
 */
public interface JobRunRepository {
    /** Keeps an end already recorded: a short job may end before its start is logged. */
    void add(JobRunRef run, Instant leaseUntil);

    /** What the run has stored so far, and its new lease end. */
    void progressed(long executionId, long pagesStored, long rowsStored, Instant leaseUntil);

    /**
     * Records the end of {@code run} (its outcome and end time), adding the run if its start is not logged yet;
     * also corrects an ABANDONED run whose node turned out to be alive after all.
     */
    void ended(JobRunRef run);

    /** Marks ABANDONED, ended at their lease end, the runs without an end whose lease ended before {@code now}. */
    List<JobRunRef> abandonExpired(Instant now);

    List<JobRunRef> newest(int limit);
}
