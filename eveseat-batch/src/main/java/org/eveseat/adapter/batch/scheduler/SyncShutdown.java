package org.eveseat.adapter.batch.scheduler;

import java.time.Duration;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eveseat.domain.sync.port.in.ReleaseSyncLeasesUseCase;

/**
 * What a node does with its syncs on its way down, once its scheduler claims nothing more: it first gives back
 * every lease it holds in one write, each ending {@code wait} from now, so its syncs are due a few seconds later
 * instead of one lease later; then it asks the batch jobs it runs to stop after their current chunk (a stopped walk
 * keeps its progress, and its listener records it as deferred, not failed) and waits for them at most
 * {@code wait}. The leases go first because Payara Micro ends the process on SIGTERM while the jobs are being
 * stopped (seen on 6.2025.10). Never throws: a failure here leaves the leases to run out, as after a crash.
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
        try {
            int released = leases.releaseHeld(wait);
            LOG.info(() -> "stopping: " + released + " sync leases given back");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "giving back this node's sync leases failed; they run out after one lease", e);
        }
        try {
            Set<Long> running = jobs.running();
            running.forEach(this::stop);
            if (!jobs.awaitAll(running, wait)) {
                LOG.warning(() -> "sync jobs " + jobs.running() + " did not stop within " + wait.toSeconds()
                        + " s; their walks go on from their last chunk");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "stopping this node's sync jobs failed", e);
        }
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
