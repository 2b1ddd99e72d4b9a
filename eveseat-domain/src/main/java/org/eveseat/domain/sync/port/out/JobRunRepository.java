package org.eveseat.domain.sync.port.out;

import java.util.List;

import org.eveseat.domain.sync.model.JobRunRef;

/**
 * The job executions EVESeat started, newest first. The admin console lists these rather than asking the batch
 * runtime for every instance of a job: that is slow with thousands of runs, and one instance whose node died
 * before its status was written breaks the runtime's listing for all.
 */
public interface JobRunRepository {
    void add(JobRunRef run);

    List<JobRunRef> newest(int limit);
}
