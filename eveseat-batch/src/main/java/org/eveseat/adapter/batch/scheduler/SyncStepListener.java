package org.eveseat.adapter.batch.scheduler;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Hands a failed step's exception to the job listener, which only sees the job's status. */
@Dependent
@Named("syncStepListener")
public class SyncStepListener extends AbstractStepListener {
    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void afterStep() {
        if (step.getException() != null) {
            SyncJobResult.of(job).failed(step.getException());
        }
    }
}
