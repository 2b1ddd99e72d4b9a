package org.eveseat.domain.universe.port.out;

import java.util.List;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.Constellation;
import org.eveseat.domain.universe.model.ItemType;
import org.eveseat.domain.universe.model.NameLookup;
import org.eveseat.domain.universe.model.PlanetInfo;
import org.eveseat.domain.universe.model.Region;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.model.Station;
import org.eveseat.domain.universe.model.SystemJumps;
import org.eveseat.domain.universe.model.SystemKills;
import org.eveseat.domain.universe.model.UpwellStructure;

/**
 * The rest of the static universe on ESI (regions, constellations, systems, planets, stations, types), the player
 * structures a character may dock at, the hourly jump and kill statistics every map needs, and the lookup of ids
 * by name that search boxes need.
 */
public interface UniverseCatalogueEsi {
    EsiResult<List<RegionId>> regionIds();

    EsiResult<Region> region(RegionId regionId);

    EsiResult<List<ConstellationId>> constellationIds();

    EsiResult<Constellation> constellation(ConstellationId constellationId);

    EsiResult<List<SolarSystemId>> systemIds();

    EsiResult<PlanetInfo> planet(long planetId);

    EsiResult<Station> station(long stationId);

    /** Needs a token of a character on the structure's access list. */
    EsiResult<UpwellStructure> structure(long structureId, CharacterId characterId, AccessToken token);

    EsiResult<ItemType> type(TypeId typeId);

    EsiResult<List<SystemJumps>> systemJumps();

    EsiResult<List<SystemKills>> systemKills();

    /**
     * Ids for exact names. ESI answers this POST uncached, so the result is plain; the implementation splits the
     * names into ESI's batches of 500. ESI has no category for its agents: they come back as characters, which
     * agents are. Names ESI does not know are left out.
     */
    List<ResolvedName> ids(NameLookup lookup);
}
