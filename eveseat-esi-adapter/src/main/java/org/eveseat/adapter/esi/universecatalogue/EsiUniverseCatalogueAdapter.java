package org.eveseat.adapter.esi.universecatalogue;

import static org.eveseat.adapter.esi.common.EsiJson.bearer;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RateLimitGroup;
import org.eveseat.adapter.esi.common.RestClients;
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
    static final String GROUP = RateLimitGroup.NONE;
    static final int MAX_NAMES = 500;

    private EsiUniverseCatalogueClient client;
    private EsiGateway esi;

    protected EsiUniverseCatalogueAdapter() {
    }

    @Inject
    public EsiUniverseCatalogueAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiUniverseCatalogueClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public EsiResult<List<RegionId>> regionIds() {
        return esi.read(open("/universe/regions"), client::regionIds, EsiJson.list(Long.class, RegionId::new));
    }

    @Override
    public EsiResult<Region> region(RegionId regionId) {
        return esi.read(open("/universe/regions/" + regionId), etag -> client.region(regionId.value(), etag),
                EsiJson.one(RegionDto.class, UniverseCatalogueMapper::toDomain));
    }

    @Override
    public EsiResult<List<ConstellationId>> constellationIds() {
        return esi.read(open("/universe/constellations"), client::constellationIds,
                EsiJson.list(Long.class, ConstellationId::new));
    }

    @Override
    public EsiResult<Constellation> constellation(ConstellationId constellationId) {
        return esi.read(open("/universe/constellations/" + constellationId),
                etag -> client.constellation(constellationId.value(), etag),
                EsiJson.one(ConstellationDto.class, UniverseCatalogueMapper::toDomain));
    }

    @Override
    public EsiResult<List<SolarSystemId>> systemIds() {
        return esi.read(open("/universe/systems"), client::systemIds, EsiJson.list(Long.class, SolarSystemId::new));
    }

    @Override
    public EsiResult<PlanetInfo> planet(long planetId) {
        return esi.read(open("/universe/planets/" + planetId), etag -> client.planet(planetId, etag),
                EsiJson.one(PlanetDto.class, UniverseCatalogueMapper::toDomain));
    }

    @Override
    public EsiResult<Station> station(long stationId) {
        return esi.read(open("/universe/stations/" + stationId), etag -> client.station(stationId, etag),
                EsiJson.one(StationDto.class, UniverseCatalogueMapper::toDomain));
    }

    @Override
    public EsiResult<UpwellStructure> structure(long structureId, CharacterId characterId, AccessToken token) {
        return esi.read(EsiOperation.authed("/universe/structures/" + structureId, GROUP, characterId),
                etag -> client.structure(structureId, bearer(token), etag),
                EsiJson.one(StructureDto.class, UniverseCatalogueMapper.toStructure(structureId)));
    }

    @Override
    public EsiResult<ItemType> type(TypeId typeId) {
        return esi.read(open("/universe/types/" + typeId), etag -> client.type(typeId.value(), etag),
                EsiJson.one(ItemTypeDto.class, UniverseCatalogueMapper::toDomain));
    }

    @Override
    public EsiResult<List<SystemJumps>> systemJumps() {
        return esi.read(open("/universe/system_jumps"), client::systemJumps,
                EsiJson.list(SystemJumpsDto.class, UniverseCatalogueMapper::toDomain));
    }

    @Override
    public EsiResult<List<SystemKills>> systemKills() {
        return esi.read(open("/universe/system_kills"), client::systemKills,
                EsiJson.list(SystemKillsDto.class, UniverseCatalogueMapper::toDomain));
    }

    @Override
    public List<ResolvedName> ids(NameLookup lookup) {
        var op = open("/universe/ids");
        return batches(lookup).stream().map(batch -> esi.call(op, true, () -> client.ids(EsiJson.write(batch)),
                        EsiJson.one(ResolvedIdsDto.class, UniverseCatalogueMapper::toDomain)))
                .filter(Objects::nonNull).flatMap(List::stream).toList();
    }

    /** Sorted first, so that the same names always make the same batches. */
    static List<List<String>> batches(NameLookup lookup) {
        List<String> sorted = lookup.names().stream().sorted().toList();
        return IntStream.iterate(0, from -> from < sorted.size(), from -> from + MAX_NAMES)
                .mapToObj(from -> sorted.subList(from, Math.min(from + MAX_NAMES, sorted.size()))).toList();
    }

    private static EsiOperation open(String resource) {
        return EsiOperation.open(resource, GROUP);
    }
}
