package org.eveseat.adapter.batch.scheduler;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;

/** Job and step contexts whose transient user data (and the job's exit status) stick, as the batch runtime's do. */
public final class TestJobContext {
    private TestJobContext() {
    }

    public static JobContext create() {
        JobContext job = mock(JobContext.class);
        AtomicReference<Object> data = new AtomicReference<>();
        AtomicReference<String> exitStatus = new AtomicReference<>();
        doAnswer(call -> {
            data.set(call.getArgument(0));
            return null;
        }).when(job).setTransientUserData(any());
        when(job.getTransientUserData()).thenAnswer(call -> data.get());
        doAnswer(call -> {
            exitStatus.set(call.getArgument(0));
            return null;
        }).when(job).setExitStatus(any());
        when(job.getExitStatus()).thenAnswer(call -> exitStatus.get());
        return job;
    }

    /** A step context whose transient user data sticks; its exit status is left to verify. */
    public static StepContext step() {
        StepContext step = mock(StepContext.class);
        AtomicReference<Object> data = new AtomicReference<>();
        doAnswer(call -> {
            data.set(call.getArgument(0));
            return null;
        }).when(step).setTransientUserData(any());
        when(step.getTransientUserData()).thenAnswer(call -> data.get());
        return step;
    }
}
