package org.eveseat.domain.sync.port.in;

import java.util.List;

import org.eveseat.domain.sync.model.JobRunRef;
import org.eveseat.domain.sync.model.SyncKey;

/**
 * Notes each job execution started (by the scheduler or an operator's restart), its progress and its end, and
 * lists the newest; marks abandoned the runs whose node died; tells watching admins when a job starts, moves on a
 * chunk, and ends.
 */
public interface JobRunLogUseCase {
    void started(long executionId, String job, SyncKey sync);

    /** A chunk was written: pages (ESI pages, or items) and rows stored so far in this execution. */
    void progressed(long executionId, String job, SyncKey sync, long pagesStored, long rowsStored);

    /** {@code status}: COMPLETED, FAILED or DEFERRED. */
    void ended(long executionId, String job, SyncKey sync, String status);

    /** Marks abandoned the runs whose lease ran out without an end (their node died), and returns them. */
    List<JobRunRef> abandonExpired();

    List<JobRunRef> newest(int limit);
}
