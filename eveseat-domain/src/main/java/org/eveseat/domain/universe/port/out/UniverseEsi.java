package org.eveseat.domain.universe.port.out;

import java.util.List;
import java.util.Set;

import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.model.SolarSystem;
import org.eveseat.domain.universe.model.Stargate;

/**
 * The public static universe on ESI (solar systems, stargates) and the name lookup every feature needs to show
 * the ids ESI hands out elsewhere.
 */
public interface UniverseEsi {
    EsiResult<SolarSystem> system(SolarSystemId systemId);

    EsiResult<Stargate> stargate(long stargateId);

    /**
     * Names of characters, corporations, alliances, types, places and factions. ESI answers this POST uncached,
     * so the result is plain; the implementation splits the ids into ESI's batches of 1000.
     */
    List<ResolvedName> names(Set<Long> ids);
}
