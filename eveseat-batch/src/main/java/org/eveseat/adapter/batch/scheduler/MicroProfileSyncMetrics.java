package org.eveseat.adapter.batch.scheduler;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The MicroProfile Metrics side of {@link SyncMetrics}, in a class of its own: on a server without MicroProfile
 * Metrics (WildFly) this class cannot load, CDI skips it, and the sync counts are still kept for the admin API.
 */
@ApplicationScoped
public class MicroProfileSyncMetrics {
    @Inject
    MetricRegistry registry;

    void count(String metric, String tag, String value, String status) {
        registry.counter(metric, new Tag(tag, value), new Tag("status", status)).inc();
    }

    void time(String metric, String job, Duration took) {
        registry.timer(metric, new Tag("job", job)).update(took);
    }
}
