package org.eveseat.adapter.web.faces.admin;

import java.time.Instant;

/**
 * One endpoint of the schedule at a glance: how many owners it is planned for, how many of those failed last
 * time, the newest error among them (and its owner and time), and the next due run.
 */
public record EndpointSummary(String endpoint, int planned, int failing, String lastError, long lastErrorOwner,
                              Instant lastErrorAt, Instant nextDue) {
}
