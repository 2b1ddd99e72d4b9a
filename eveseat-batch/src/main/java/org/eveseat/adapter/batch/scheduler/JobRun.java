package org.eveseat.adapter.batch.scheduler;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;

/** One job execution with its steps, as the admin API shows it. */
public record JobRun(long executionId, String job, String status, String exitStatus, Instant created,
                     Instant started, Instant ended, Map<String, String> parameters, List<StepRun> steps) {

    /** One step: its status, the runtime's counters (read, write, commit, rollback...) and its user data. */
    public record StepRun(String name, String status, Map<String, Long> metrics, String userData) {
    }

    static JobRun of(JobOperator operator, JobExecution execution) {
        List<StepRun> steps = operator.getStepExecutions(execution.getExecutionId()).stream()
                .map(JobRun::step).toList();
        return new JobRun(execution.getExecutionId(), execution.getJobName(), execution.getBatchStatus().name(),
                execution.getExitStatus(), instant(execution.getCreateTime()), instant(execution.getStartTime()),
                instant(execution.getEndTime()), parameters(execution.getJobParameters()), steps);
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
