package org.eveseat.adapter.batch.publiccontracts;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Properties;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.eveseat.domain.contract.port.in.PublicContractsWalk;
import org.eveseat.domain.shared.RegionId;

/**
 * The walk a job instance makes, as its first execution defined it: that execution's {@code regionId} parameter and
 * its create time, read back from the job repository. A restart is a new execution of the same instance, so it
 * continues the same walk and {@code close} compares against the first start, not the restart.
 */
@Dependent
public class JobWalk {
    private final JobContext job;
    private final JobOperator operator;

    @Inject
    JobWalk(JobContext job) {
        this(job, BatchRuntime.getJobOperator());
    }

    JobWalk(JobContext job, JobOperator operator) {
        this.job = job;
        this.operator = operator;
    }

    public PublicContractsWalk walk() {
        JobInstance instance = operator.getJobInstance(job.getExecutionId());
        JobExecution first = operator.getJobExecutions(instance).stream()
                .min(Comparator.comparingLong(JobExecution::getExecutionId))
                .orElseThrow(() -> new IllegalStateException("job instance " + instance.getInstanceId()
                        + " has no execution"));
        Properties parameters = first.getJobParameters();
        RegionId region = RegionId.parse(parameters == null ? null : parameters.getProperty(PublicContractsJob.REGION_ID));
        // whole seconds: the same value whatever precision the job repository keeps
        return new PublicContractsWalk(region, first.getCreateTime().toInstant().truncatedTo(ChronoUnit.SECONDS));
    }
}
