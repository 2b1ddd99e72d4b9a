package org.eveseat.domain.sync.port.in;

import java.util.List;

import org.eveseat.domain.sync.model.JobRunRef;
import org.eveseat.domain.sync.model.SyncKey;

/** Notes each job execution started (by the scheduler or an operator's restart) and lists the newest. */
public interface JobRunLogUseCase {
    void started(long executionId, String job, SyncKey sync);

    List<JobRunRef> newest(int limit);
}
