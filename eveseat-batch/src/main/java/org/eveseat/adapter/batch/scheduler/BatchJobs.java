package org.eveseat.adapter.batch.scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.sync.model.JobRunRef;
import org.eveseat.domain.sync.port.in.JobRunLogUseCase;

/**
 * The sync jobs' executions as the batch runtime has persisted them (status, steps, item counts), and the
 * operator's restart of a failed or stopped one, which resumes from its checkpoint.
 */
@ApplicationScoped
public class BatchJobs {
    public static final List<String> NAMES = List.of("wallet-journal", "public-contracts", "market-book");

    @Inject
    JobRunLogUseCase log;

    /** The newest executions EVESeat started, each read from the job repository by its id. */
    public List<JobRun> recent(int limit) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobRun> runs = new ArrayList<>();
        for (JobRunRef ref : log.newest(limit)) {
            try {
                runs.add(JobRun.of(operator, operator.getJobExecution(ref.executionId()), ref));
            } catch (NoSuchJobExecutionException | JobSecurityException gone) {
                // purged from the job repository, or not this application's: nothing to show
            }
        }
        return runs;
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
            Properties parameters = operator.getParameters(executionId);
            long restarted = operator.restart(executionId, parameters);
            log.started(restarted, execution.getJobName(), SyncRunners.syncOf(parameters));
            return restarted;
        } catch (RuntimeException e) {
            throw new RuleViolationException("job execution " + executionId + " (" + execution.getBatchStatus()
                    + ") cannot be restarted: only the last execution of a failed or stopped job can");
        }
    }

}
