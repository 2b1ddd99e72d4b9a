package org.eveseat.domain.intel.model;

import java.time.Instant;
import java.util.List;

import org.eveseat.domain.shared.Require;

/**
 * The activity of every system with any in a window, and the latest hour stored at all (null before the first
 * sync), so a map can tell "nothing happened" from "not synced yet".
 */
public record ActivityReport(ActivityWindow window, Instant since, Instant latestHour,
                             List<SystemActivity> systems) {
    public ActivityReport {
        Require.present(window, "window");
        Require.present(since, "since");
        systems = Require.list(systems, "systems");
    }
}
