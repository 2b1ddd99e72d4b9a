package org.eveseat.adapter.batch.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;

import org.eveseat.domain.sync.model.JobRunOutcome;
import org.eveseat.domain.sync.model.JobRunRef;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.junit.jupiter.api.Test;

/** The admin listing of one execution: the runtime's record, corrected by the application's own. */
class JobRunTest {
    private static final Instant START = Instant.parse("2026-11-25T12:00:00Z");
    private static final Instant LEASE_END = START.plusSeconds(1500);
    private static final SyncKey JOURNAL = new SyncKey(SyncEndpoint.WALLET_JOURNAL, 2112625428L);

    private final JobOperator operator = mock(JobOperator.class);

    @Test
    void anExecutionStartedForEverOnADeadNodeIsShownAbandonedWithWhatItStored() {
        JobRun run = JobRun.of(operator, execution(BatchStatus.STARTED), new JobRunRef(5, "wallet-journal",
                JOURNAL, START, JobRunOutcome.ABANDONED, LEASE_END, 46, 46_000));

        assertThat(run.status()).isEqualTo("ABANDONED");
        assertThat(run.exitStatus()).isEqualTo("ABANDONED");
        assertThat(run.ended()).isEqualTo(LEASE_END);
        assertThat(run.pagesStored()).isEqualTo(46);
        assertThat(run.rowsStored()).isEqualTo(46_000);
    }

    @Test
    void aRunningExecutionKeepsTheRuntimesStatus() {
        JobRun run = JobRun.of(operator, execution(BatchStatus.STARTED), new JobRunRef(5, "wallet-journal",
                JOURNAL, START, null, null, 3, 2_500));

        assertThat(run.status()).isEqualTo("STARTED");
        assertThat(run.ended()).isNull();
        assertThat(run.rowsStored()).isEqualTo(2_500);
    }

    private JobExecution execution(BatchStatus status) {
        JobExecution execution = mock(JobExecution.class);
        when(execution.getExecutionId()).thenReturn(5L);
        when(execution.getJobName()).thenReturn("wallet-journal");
        when(execution.getBatchStatus()).thenReturn(status);
        when(execution.getCreateTime()).thenReturn(Date.from(START));
        when(execution.getStartTime()).thenReturn(Date.from(START));
        when(operator.getStepExecutions(5L)).thenReturn(List.of());
        return execution;
    }
}
