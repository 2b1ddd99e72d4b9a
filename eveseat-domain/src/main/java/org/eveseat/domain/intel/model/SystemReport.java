package org.eveseat.domain.intel.model;

import java.time.Instant;
import java.util.List;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.universe.model.MapSystem;

/**
 * One solar system as the map's details show it: where it lies (with its constellation's and region's names), the
 * NPC faction the static data gives it, who holds its sovereignty now, its kills and jumps in the last hour and the
 * last 24 hours, and the incursion and sovereignty fights in it. {@code holder}, {@code factionName} and
 * {@code incursion} are null where there is none; {@code latestHour} is null before the first activity sync.
 */
public record SystemReport(
        MapSystem system,
        String constellationName,
        String regionName,
        String factionName,
        SystemHolder holder,
        Instant latestHour,
        SystemActivity lastHour,
        SystemActivity lastDay,
        Incursion incursion,
        List<SovereigntyCampaign> campaigns) {
    public SystemReport {
        Require.present(system, "solar system");
        Require.present(lastHour, "last hour's activity");
        Require.present(lastDay, "last day's activity");
        campaigns = Require.list(campaigns, "campaigns");
    }
}
