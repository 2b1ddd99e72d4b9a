package org.eveseat.domain.intel.service;

import java.time.Clock;
import java.time.Instant;

import org.eveseat.domain.intel.model.ActivityReport;
import org.eveseat.domain.intel.model.ActivityWindow;
import org.eveseat.domain.intel.port.in.SystemActivityQuery;
import org.eveseat.domain.intel.port.out.SystemActivityRepository;

/**
 * The map's activity layer as the hourly sync stored it. Public data: any logged-in user reads all of it. The
 * window ends with the current hour, so a stopped sync shows as an empty window with an old latest hour.
 */
public class ReadSystemActivityService implements SystemActivityQuery {
    private final SystemActivityRepository activity;
    private final Clock clock;

    public ReadSystemActivityService(SystemActivityRepository activity, Clock clock) {
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public ActivityReport activity(ActivityWindow window) {
        Instant since = window.since(clock.instant());
        return new ActivityReport(window, since, activity.latestHour().orElse(null), activity.totalsSince(since));
    }
}
