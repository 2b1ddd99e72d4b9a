package org.eveseat.adapter.batch.scheduler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.RuleViolationException;

/**
 * The sync jobs' executions as the batch runtime has persisted them (status, steps, item counts), and the
 * operator's restart of a failed or stopped one, which resumes from its checkpoint.
 */
@ApplicationScoped
public class BatchJobs {
    public static final List<String> NAMES = List.of("wallet-journal", "public-contracts");

    public List<JobRun> recent(int limit) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobRun> runs = new ArrayList<>();
        for (String name : NAMES) {
            for (JobInstance instance : instances(operator, name, limit)) {
                operator.getJobExecutions(instance).forEach(e -> runs.add(JobRun.of(operator, e)));
            }
        }
        runs.sort(Comparator.comparingLong(JobRun::executionId).reversed());
        return runs.subList(0, Math.min(limit, runs.size()));
    }

    public long restart(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution;
        try {
            execution = operator.getJobExecution(executionId);
        } catch (RuntimeException e) {
            throw new NotFoundException("no job execution " + executionId);
        }
        if (execution == null || !NAMES.contains(execution.getJobName())) {
            throw new NotFoundException("no job execution " + executionId);
        }
        try {
            // a restart's parameters replace the first run's, so hand the same ones on
            return operator.restart(executionId, operator.getParameters(executionId));
        } catch (RuntimeException e) {
            throw new RuleViolationException("job execution " + executionId + " (" + execution.getBatchStatus()
                    + ") cannot be restarted: only the last execution of a failed or stopped job can");
        }
    }

    private static List<JobInstance> instances(JobOperator operator, String name, int limit) {
        try {
            return operator.getJobInstances(name, 0, limit);
        } catch (NoSuchJobException neverRun) {
            return List.of();
        }
    }
}
