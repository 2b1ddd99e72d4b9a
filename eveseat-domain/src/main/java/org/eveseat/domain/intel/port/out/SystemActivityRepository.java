package org.eveseat.domain.intel.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eveseat.domain.intel.model.SystemActivity;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.SystemJumps;
import org.eveseat.domain.universe.model.SystemKills;

/**
 * Kills and jumps per system and hour. Writing an hour again replaces its figures (ESI's statistics cover the
 * hour before they were generated, and a second read in the same hour only refreshes them).
 */
public interface SystemActivityRepository {
    void saveKills(Instant hour, List<SystemKills> kills);

    void saveJumps(Instant hour, List<SystemJumps> jumps);

    /** Per system with any activity, summed over the hours from {@code since} on. */
    List<SystemActivity> totalsSince(Instant since);

    /** One system's figures summed over the hours from {@code since} on; zeros where nothing was stored. */
    SystemActivity totalsSince(Instant since, SolarSystemId systemId);

    Optional<Instant> latestHour();

    /** Removes the hours before {@code hour}; answers how many rows went. */
    int removeBefore(Instant hour);
}
