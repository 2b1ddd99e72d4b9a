package org.eveseat.domain.sync.port.in;

import java.util.List;

import org.eveseat.domain.sync.model.ScheduledSync;

/** The schedule as the admin console shows it: what is planned, when it is due, how it last went. */
public interface SyncScheduleQuery {
    List<ScheduledSync> list(int limit);
}
