package org.eveseat.adapter.batch.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eveseat.domain.shared.SyncOutcome;

/**
 * Counts syncs by endpoint and outcome, and batch jobs by name and outcome with their durations, for MicroProfile
 * Metrics ({@code eveseat_syncs_total}, {@code eveseat_sync_jobs_total}, {@code eveseat_sync_job_duration}) and for
 * the admin API. The metrics are exported only where the server has MicroProfile Metrics.
 */
@ApplicationScoped
public class SyncMetrics {
    private final Clock clock = Clock.systemUTC();
    private final ConcurrentLinkedDeque<Instant> lastMinute = new ConcurrentLinkedDeque<>();
    private final Map<String, LongAdder> totals = new ConcurrentHashMap<>();
    private final Map<String, JobDurations> durations = new ConcurrentHashMap<>();

    @Inject
    Instance<MicroProfileSyncMetrics> exported;

    public void synced(String endpoint, SyncOutcome.Status status) {
        count("eveseat_syncs_total", "endpoint", endpoint, status);
        Instant now = clock.instant();
        lastMinute.addLast(now);
        prune(now);
    }

    public void ended(String job, SyncOutcome.Status status, Duration took) {
        count("eveseat_sync_jobs_total", "job", job, status);
        durations.computeIfAbsent(job, k -> new JobDurations()).add(took);
        if (exported.isResolvable()) {
            exported.get().time("eveseat_sync_job_duration", job, took);
        }
    }

    /** Job name to how many ended on this node, their mean and longest duration in milliseconds. */
    public Map<String, long[]> jobDurations() {
        Map<String, long[]> copy = new TreeMap<>();
        durations.forEach((job, d) -> copy.put(job, d.snapshot()));
        return copy;
    }

    public int perMinute() {
        prune(clock.instant());
        return lastMinute.size();
    }

    /** "endpoint-or-job/STATUS" to how many so far on this node. */
    public Map<String, Long> totals() {
        Map<String, Long> copy = new TreeMap<>();
        totals.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    private void count(String metric, String tag, String value, SyncOutcome.Status status) {
        totals.computeIfAbsent(value + "/" + status, k -> new LongAdder()).increment();
        if (exported.isResolvable()) {
            exported.get().count(metric, tag, value, status.name());
        }
    }

    private void prune(Instant now) {
        Instant cutoff = now.minusSeconds(60);
        while (!lastMinute.isEmpty() && lastMinute.peekFirst().isBefore(cutoff)) {
            lastMinute.pollFirst();
        }
    }
}
