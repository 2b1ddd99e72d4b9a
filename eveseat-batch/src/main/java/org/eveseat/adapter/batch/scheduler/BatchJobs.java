package org.eveseat.adapter.batch.scheduler;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.sync.model.JobRunRef;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.in.JobRunLogUseCase;
import org.eveseat.domain.sync.port.in.RecordSyncOutcomeUseCase;
import org.eveseat.domain.sync.port.in.RequestSyncUseCase;

/**
 * The sync jobs' executions as the batch runtime has persisted them (status, steps, item counts), and the
 * operator's restart of a failed or stopped one, which resumes from its checkpoint.
 */
@ApplicationScoped
public class BatchJobs {
    public static final List<String> NAMES = List.of("wallet-journal", "public-contracts", "market-book");

    @Inject
    JobRunLogUseCase log;

    @Inject
    RequestSyncUseCase requests;

    @Inject
    RecordSyncOutcomeUseCase outcomes;

    @Inject
    JobEnds jobEnds;

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
        if (!restartable(operator, execution)) {
            throw new RuleViolationException("job execution " + executionId + " (" + execution.getBatchStatus()
                    + ") cannot be restarted: only the last execution of a failed or stopped job can");
        }
        // a restart's parameters replace the first run's, so hand the same ones on
        Properties parameters = operator.getParameters(executionId);
        SyncKey sync = SyncRunners.syncOf(parameters);
        claim(sync);
        try {
            long restarted = operator.restart(executionId, parameters);
            if (sync != null) {
                jobEnds.startedUnawaited(restarted); // stopped with the others if this node goes down
            }
            log.started(restarted, execution.getJobName(), sync);
            return restarted;
        } catch (RuntimeException e) {
            if (sync != null) {
                outcomes.record(sync, SyncOutcome.failed(e, null)); // gives the lease back
            }
            throw new RuleViolationException(
                    "job execution " + executionId + " cannot be restarted: " + e.getMessage());
        }
    }

    private static boolean restartable(JobOperator operator, JobExecution execution) {
        BatchStatus status = execution.getBatchStatus();
        if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            return false;
        }
        List<JobExecution> all = operator.getJobExecutions(operator.getJobInstance(execution.getExecutionId()));
        return all.stream().mapToLong(JobExecution::getExecutionId).max().orElse(0) == execution.getExecutionId();
    }

    /**
     * Takes the sync's lease as "sync now" does, so the restart is its only walk: refused (Conflict) while a run of
     * it holds the lease, or when a scheduler pass has just claimed it. A sync no longer planned has no other run.
     */
    void claim(SyncKey sync) {
        if (sync == null) {
            return;
        }
        try {
            if (requests.request(sync).isEmpty()) {
                throw new ConflictException("sync " + sync + " was just started by the scheduler");
            }
        } catch (NotFoundException notPlanned) {
            // nothing else runs it
        }
    }
}
