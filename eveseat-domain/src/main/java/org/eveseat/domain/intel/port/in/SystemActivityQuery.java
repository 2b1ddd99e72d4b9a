package org.eveseat.domain.intel.port.in;

import org.eveseat.domain.intel.model.ActivityReport;
import org.eveseat.domain.intel.model.ActivityWindow;

/** Kills and jumps per system over the last hour or day, for the map's activity layer (public data). */
public interface SystemActivityQuery {
    ActivityReport activity(ActivityWindow window);
}
