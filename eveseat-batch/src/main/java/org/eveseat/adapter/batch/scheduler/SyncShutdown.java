package org.eveseat.adapter.batch.scheduler;

import java.time.Duration;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eveseat.domain.sync.port.in.ReleaseSyncLeasesUseCase;

/**
 * What a node does with its syncs on its way down, once its scheduler claims nothing more: it asks the batch jobs
 * it runs to stop after their current chunk (a stopped walk keeps its progress, and its listener records it as
 * deferred, not failed), waits a few seconds for them, then gives back every lease it still holds in one write, so
 * its syncs are due at once instead of one lease later. Never throws and never waits longer than {@code wait} plus
 * that write: a failure here leaves the leases to run out, as after a crash.
 */
final class SyncShutdown {
    private static final Logger LOG = Logger.getLogger(SyncShutdown.class.getName());

    private final JobEnds jobs;
    private final LongConsumer stopJob;
    private final ReleaseSyncLeasesUseCase leases;
    private final Duration wait;

    SyncShutdown(JobEnds jobs, LongConsumer stopJob, ReleaseSyncLeasesUseCase leases, Duration wait) {
        this.jobs = jobs;
        this.stopJob = stopJob;
        this.leases = leases;
        this.wait = wait;
    }

    void run() {
        int stopped = 0;
        try {
            stopped = stopJobs();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "stopping this node's sync jobs failed; their leases go back all the same", e);
        }
        try {
            int jobsStopped = stopped;
            int released = leases.releaseHeld();
            LOG.info(() -> "stopping: " + jobsStopped + " sync jobs stopped, " + released + " sync leases given back");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "giving back this node's sync leases failed; they run out after one lease", e);
        }
    }

    private int stopJobs() {
        Set<Long> running = jobs.running();
        running.forEach(this::stop);
        if (!jobs.awaitAll(running, wait)) {
            LOG.warning(() -> "sync jobs " + jobs.running() + " did not stop within " + wait.toSeconds() + " s; their "
                    + "leases are given back all the same, their walks go on from their last chunk");
        }
        return running.size();
    }

    private void stop(long executionId) {
        try {
            stopJob.accept(executionId);
        } catch (RuntimeException e) {
            // it ended meanwhile, or the runtime is already going down: nothing more to stop
            LOG.log(Level.FINE, "job execution " + executionId + " not stopped", e);
        }
    }
}
