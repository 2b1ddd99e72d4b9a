package org.eveseat.adapter.esi.universecatalogue;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.dto.UniverseSystemKills;
import org.eveseat.adapter.esi.common.dto.UniverseSystemJumps;
import org.eveseat.adapter.esi.common.dto.UniverseRegionsRegionId;
import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
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
import org.eveseat.domain.universe.port.out.UniverseCatalogueEsi;

/**
 * The static universe over ESI (cached until the daily downtime), player structures (read with the token of a
 * character who may dock there, so cached per character), the hourly jump and kill statistics, and the name
 * lookup. POST /universe/ids is uncached and takes at most 500 names, so larger lookups go out in batches; a
 * lookup changes nothing, so a failed batch is retried. None of these routes is rate limited, only the error
 * limit applies. Twelve routes make this adapter longer than most; each method is one gateway call.
 */
@ApplicationScoped
public class EsiUniverseCatalogueAdapter implements UniverseCatalogueEsi {
    static final int MAX_NAMES = 500;

    private EsiTable esi;

    protected EsiUniverseCatalogueAdapter() {
    }

    @Inject
    public EsiUniverseCatalogueAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<RegionId>> regionIds() {
        return esi.read(EsiRequest.of("GET /universe/regions"), EsiJson.list(Long.class, RegionId::new));
    }

    @Override
    public EsiResult<Region> region(RegionId regionId) {
        return esi.read(EsiRequest.of("GET /universe/regions/{region_id}").with("region_id", regionId),
                EsiJson.one(UniverseRegionsRegionId.class, UniverseCatalogueMapper::toDomain));
    }

    @Override
    public EsiResult<List<ConstellationId>> constellationIds() {
        return esi.read(EsiRequest.of("GET /universe/constellations"), EsiJson.list(Long.class, ConstellationId::new));
    }

    @Override
    public EsiResult<Constellation> constellation(ConstellationId constellationId) {
        return esi.read(EsiRequest.of("GET /universe/constellations/{constellation_id}")
                        .with("constellation_id", constellationId),
                EsiJson.one(ConstellationDto.class, UniverseCatalogueMapper::toDomain));
    }

    @Override
    public EsiResult<List<SolarSystemId>> systemIds() {
        return esi.read(EsiRequest.of("GET /universe/systems"), EsiJson.list(Long.class, SolarSystemId::new));
    }

    @Override
    public EsiResult<PlanetInfo> planet(long planetId) {
        return esi.read(EsiRequest.of("GET /universe/planets/{planet_id}").with("planet_id", planetId),
                EsiJson.one(PlanetDto.class, UniverseCatalogueMapper::toDomain));
    }

    @Override
    public EsiResult<Station> station(long stationId) {
        return esi.read(EsiRequest.of("GET /universe/stations/{station_id}").with("station_id", stationId),
                EsiJson.one(StationDto.class, UniverseCatalogueMapper::toDomain));
    }

    @Override
    public EsiResult<UpwellStructure> structure(long structureId, CharacterId characterId, AccessToken token) {
        return esi.read(EsiRequest.of("GET /universe/structures/{structure_id}").with("structure_id", structureId)
                        .token(token, characterId),
                EsiJson.one(StructureDto.class, UniverseCatalogueMapper.toStructure(structureId)));
    }

    @Override
    public EsiResult<ItemType> type(TypeId typeId) {
        return esi.read(EsiRequest.of("GET /universe/types/{type_id}").with("type_id", typeId),
                EsiJson.one(ItemTypeDto.class, UniverseCatalogueMapper::toDomain));
    }

    @Override
    public EsiResult<List<SystemJumps>> systemJumps() {
        return esi.read(EsiRequest.of("GET /universe/system_jumps"),
                EsiJson.list(UniverseSystemJumps.class, UniverseCatalogueMapper::toDomain));
    }

    @Override
    public EsiResult<List<SystemKills>> systemKills() {
        return esi.read(EsiRequest.of("GET /universe/system_kills"),
                EsiJson.list(UniverseSystemKills.class, UniverseCatalogueMapper::toDomain));
    }

    @Override
    public List<ResolvedName> ids(NameLookup lookup) {
        return batches(lookup).stream().map(batch -> esi.lookup(EsiRequest.of("POST /universe/ids").body(batch),
                        EsiJson.one(ResolvedIdsDto.class, UniverseCatalogueMapper::toDomain)))
                .filter(Objects::nonNull).flatMap(List::stream).toList();
    }

    /** Sorted first, so that the same names always make the same batches. */
    static List<List<String>> batches(NameLookup lookup) {
        List<String> sorted = lookup.names().stream().sorted().toList();
        return IntStream.iterate(0, from -> from < sorted.size(), from -> from + MAX_NAMES)
                .mapToObj(from -> sorted.subList(from, Math.min(from + MAX_NAMES, sorted.size()))).toList();
    }
}
