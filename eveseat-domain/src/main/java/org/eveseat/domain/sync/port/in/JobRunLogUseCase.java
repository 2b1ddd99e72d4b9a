package org.eveseat.domain.sync.port.in;

import java.util.List;

import org.eveseat.domain.sync.model.JobRunRef;
import org.eveseat.domain.sync.model.SyncKey;

/**
 * Notes each job execution started (by the scheduler or an operator's restart) and lists the newest; tells
 * watching admins when a job starts, moves on a chunk, and ends.
 */
public interface JobRunLogUseCase {
    void started(long executionId, String job, SyncKey sync);

    /** A chunk was written: {@code itemsWritten} so far in this execution. */
    void progressed(long executionId, String job, SyncKey sync, long itemsWritten);

    void ended(long executionId, String job, SyncKey sync, String status);

    List<JobRunRef> newest(int limit);
}
