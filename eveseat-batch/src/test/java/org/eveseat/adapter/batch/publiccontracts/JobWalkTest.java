package org.eveseat.adapter.batch.publiccontracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.context.JobContext;

import org.eveseat.domain.contract.port.in.PublicContractsWalk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class JobWalkTest {
    static final Instant FIRST_START = Instant.parse("2026-11-25T12:00:00Z");

    private final JobContext job = mock(JobContext.class);
    private final JobOperator operator = mock(JobOperator.class);
    private final JobInstance instance = mock(JobInstance.class);

    @Test
    void aRestartContinuesTheWalkOfTheFirstExecution() {
        JobExecution first = execution(7, "10000002", FIRST_START.plusMillis(345));
        JobExecution restart = execution(9, "10000043", FIRST_START.plusSeconds(3600));
        currentExecution(9, List.of(restart, first));

        assertThat(new JobWalk(job, operator).walk())
                .isEqualTo(new PublicContractsWalk(new RegionId(10000002L), FIRST_START));
    }

    @Test
    void aMissingOrNonNumericRegionIsARuleViolation() {
        currentExecution(7, List.of(execution(7, "The Forge", FIRST_START)));
        assertThatThrownBy(() -> new JobWalk(job, operator).walk()).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("'The Forge'");

        currentExecution(8, List.of(execution(8, null, FIRST_START)));
        assertThatThrownBy(() -> new JobWalk(job, operator).walk()).isInstanceOf(RuleViolationException.class);
    }

    private void currentExecution(long executionId, List<JobExecution> executions) {
        when(job.getExecutionId()).thenReturn(executionId);
        when(operator.getJobInstance(executionId)).thenReturn(instance);
        when(operator.getJobExecutions(instance)).thenReturn(executions);
    }

    private static JobExecution execution(long id, String regionId, Instant created) {
        Properties parameters = new Properties();
        if (regionId != null) {
            parameters.setProperty(PublicContractsJob.REGION_ID, regionId);
        }
        JobExecution execution = mock(JobExecution.class);
        when(execution.getExecutionId()).thenReturn(id);
        when(execution.getJobParameters()).thenReturn(parameters);
        when(execution.getCreateTime()).thenReturn(Date.from(created));
        return execution;
    }
}
