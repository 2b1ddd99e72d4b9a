package org.eveseat.domain.status.port.out;

import java.time.LocalDate;
import java.util.List;

import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.status.model.ChangelogEntry;
import org.eveseat.domain.status.model.RouteHealth;
import org.eveseat.domain.status.model.ServerStatus;

/**
 * Whether Tranquility and ESI are up, and which ESI versions exist: the server status, the health of every ESI
 * route, the compatibility dates ESI accepts and the changelog of its routes (newest first). What lets syncs wait
 * out a downtime and an admin see a coming breaking change.
 */
public interface ServerStatusEsi {
    EsiResult<ServerStatus> status();

    EsiResult<List<RouteHealth>> routeHealth();

    EsiResult<List<LocalDate>> compatibilityDates();

    EsiResult<List<ChangelogEntry>> changelog();
}
