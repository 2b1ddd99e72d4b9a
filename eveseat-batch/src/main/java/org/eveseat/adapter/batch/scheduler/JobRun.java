package org.eveseat.adapter.batch.scheduler;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;

import org.eveseat.domain.sync.model.JobRunOutcome;
import org.eveseat.domain.sync.model.JobRunRef;

/**
 * One job execution with its steps, as the admin API shows it, and what EVESeat recorded of it: the pages and
 * rows its chunks stored. An execution whose node died stays STARTED in the job repository for ever; once its
 * lease has run out it is shown ABANDONED, ended at its lease end.
 */
public record JobRun(long executionId, String job, String status, String exitStatus, Instant created,
                     Instant started, Instant ended, Map<String, String> parameters, List<StepRun> steps,
                     long pagesStored, long rowsStored) {

    public JobRun(long executionId, String job, String status, String exitStatus, Instant created, Instant started,
                  Instant ended, Map<String, String> parameters, List<StepRun> steps) {
        this(executionId, job, status, exitStatus, created, started, ended, parameters, steps, 0, 0);
    }

    /** One step: its status, the runtime's counters (read, write, commit, rollback...) and its user data. */
    public record StepRun(String name, String status, Map<String, Long> metrics, String userData) {
    }

    static JobRun of(JobOperator operator, JobExecution execution, JobRunRef recorded) {
        List<StepRun> steps = operator.getStepExecutions(execution.getExecutionId()).stream()
                .map(JobRun::step).toList();
        boolean abandoned = recorded.outcome() == JobRunOutcome.ABANDONED
                && execution.getBatchStatus() == BatchStatus.STARTED;
        return new JobRun(execution.getExecutionId(), execution.getJobName(),
                abandoned ? JobRunOutcome.ABANDONED.name() : execution.getBatchStatus().name(),
                abandoned ? JobRunOutcome.ABANDONED.name() : execution.getExitStatus(),
                instant(execution.getCreateTime()), instant(execution.getStartTime()),
                abandoned ? recorded.endedAt() : instant(execution.getEndTime()),
                parameters(execution.getJobParameters()), steps, recorded.pagesStored(), recorded.rowsStored());
    }

    private static StepRun step(StepExecution step) {
        Map<String, Long> metrics = new TreeMap<>();
        for (Metric metric : step.getMetrics()) {
            metrics.put(metric.getType().name(), metric.getValue());
        }
        Serializable data = step.getPersistentUserData();
        return new StepRun(step.getStepName(), step.getBatchStatus().name(), metrics,
                data == null ? null : data.toString());
    }

    private static Map<String, String> parameters(Properties properties) {
        Map<String, String> copy = new TreeMap<>();
        if (properties != null) {
            properties.stringPropertyNames().forEach(n -> copy.put(n, properties.getProperty(n)));
        }
        return copy;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
