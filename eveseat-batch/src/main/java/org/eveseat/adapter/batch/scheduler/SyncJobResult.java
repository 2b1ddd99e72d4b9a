package org.eveseat.adapter.batch.scheduler;

import java.time.Instant;

import jakarta.batch.runtime.context.JobContext;

/**
 * What a sync job's artifacts learn on the way (page 1's Expires, the step's failure) and its listener records
 * once the job ends. Lives in the job context's transient user data, which all artifacts of one execution share.
 */
public final class SyncJobResult {
    private Instant expires;
    private Exception failure;

    public static SyncJobResult of(JobContext job) {
        if (!(job.getTransientUserData() instanceof SyncJobResult)) {
            job.setTransientUserData(new SyncJobResult());
        }
        return (SyncJobResult) job.getTransientUserData();
    }

    public void expires(Instant value) {
        if (value != null) {
            expires = value;
        }
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
}
