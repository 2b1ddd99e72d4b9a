package org.eveseat.adapter.batch.scheduler;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.port.in.JobRunLogUseCase;
import org.eveseat.domain.sync.port.in.RecordSyncOutcomeUseCase;

/**
 * Runs one claimed sync with its endpoint's {@link SyncRunner}. Small reads run here and their outcome is recorded
 * at once; long walks are started as Jakarta Batch jobs, whose listener records the outcome when they end, and
 * waited for, so they hold a slot. Only endpoints with a runner are planned.
 */
@ApplicationScoped
public class SyncRunners {
    static final String STOPPED = "stopped: its node shut down";

    @Inject
    @Any
    Instance<SyncRunner> produced;

    @Inject
    RecordSyncOutcomeUseCase outcomes;

    @Inject
    JobRunLogUseCase runs;

    @Inject
    SyncMetrics metrics;

    @Inject
    JobEnds jobEnds;

    /** A job holds its slot until it ends, at most as long as its sync's lease. */
    @Inject
    @ConfigProperty(name = "eveseat.sync.lease-seconds", defaultValue = "900")
    long leaseSeconds;

    private Map<SyncEndpoint, SyncRunner> runners;
    private volatile boolean stopping;

    @PostConstruct
    void collect() {
        runners = byEndpoint(produced);
    }

    /** One runner per endpoint; two for the same endpoint are a wiring mistake. */
    static Map<SyncEndpoint, SyncRunner> byEndpoint(Iterable<SyncRunner> all) {
        Map<SyncEndpoint, SyncRunner> found = new EnumMap<>(SyncEndpoint.class);
        for (SyncRunner runner : all) {
            if (found.putIfAbsent(runner.endpoint(), runner) != null) {
                throw new IllegalStateException("two runners for " + runner.endpoint());
            }
        }
        return found;
    }

    public Set<SyncEndpoint> runnable() {
        return runners.isEmpty() ? EnumSet.noneOf(SyncEndpoint.class) : EnumSet.copyOf(runners.keySet());
    }

    /** Never throws: a sync that cannot even start is recorded as failed and backs off like any other failure. */
    public void run(ScheduledSync sync) {
        try {
            SyncRunner runner = runners.get(sync.key().endpoint());
            if (runner == null) {
                throw new IllegalStateException("no runner for " + sync.key().endpoint());
            }
            SyncRunner.Work work = runner.work(sync);
            if (work instanceof SyncRunner.Job job) {
                start(job.name(), sync, job.parameters());
            } else {
                record(sync, ((SyncRunner.Done) work).outcome());
            }
        } catch (RuntimeException e) {
            record(sync, SyncOutcome.failed(e, null));
        }
    }

    /** This node is going down: a sync that fails from now on was most likely cut short by that, not by ESI. */
    void stopping() {
        stopping = true;
    }

    /** A sync claimed while this node stops is not run but given back, due again at once. */
    public void giveBack(ScheduledSync sync) {
        record(sync, SyncOutcome.stopped(STOPPED));
    }

    private void record(ScheduledSync sync, SyncOutcome outcome) {
        SyncOutcome recorded = stopping && outcome.status() == SyncOutcome.Status.FAILED
                ? SyncOutcome.stopped(STOPPED + " (" + outcome.detail() + ")") : outcome;
        metrics.synced(sync.key().endpoint().name(), recorded.status());
        outcomes.record(sync.key(), recorded);
    }

    private void start(String job, ScheduledSync sync, Properties parameters) {
        parameters.setProperty("syncEndpoint", sync.key().endpoint().name());
        parameters.setProperty("syncOwnerId", Long.toString(sync.key().ownerId()));
        long executionId = BatchRuntime.getJobOperator().start(job, parameters);
        jobEnds.started(executionId);
        runs.started(executionId, job, sync.key());
        jobEnds.await(executionId, Duration.ofSeconds(leaseSeconds));
    }

    /** The sync a job was started for, from its parameters; null for a job started by hand. */
    static SyncKey syncOf(Properties parameters) {
        return parameters == null ? null
                : syncOf(parameters.getProperty("syncEndpoint"), parameters.getProperty("syncOwnerId"));
    }

    /** The sync a job runs for, from its two job properties; null for a job run outside the schedule. */
    static SyncKey syncOf(String endpoint, String ownerId) {
        return endpoint == null || endpoint.isBlank() ? null
                : new SyncKey(SyncEndpoint.valueOf(endpoint), Long.parseLong(ownerId));
    }

    static Properties jobParameters(Object... pairs) {
        Properties parameters = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.setProperty(pairs[i].toString(), pairs[i + 1].toString());
        }
        return parameters;
    }
}
