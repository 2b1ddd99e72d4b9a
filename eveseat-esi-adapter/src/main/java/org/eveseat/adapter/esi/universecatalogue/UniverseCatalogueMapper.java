package org.eveseat.adapter.esi.universecatalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eveseat.adapter.esi.common.dto.UniverseSystemKills;
import org.eveseat.adapter.esi.common.dto.UniverseSystemJumps;
import org.eveseat.adapter.esi.common.dto.UniverseRegionsRegionId;
import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.Constellation;
import org.eveseat.domain.universe.model.ItemType;
import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.PlanetInfo;
import org.eveseat.domain.universe.model.Region;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.model.Station;
import org.eveseat.domain.universe.model.StationService;
import org.eveseat.domain.universe.model.SystemJumps;
import org.eveseat.domain.universe.model.SystemKills;
import org.eveseat.domain.universe.model.UpwellStructure;

/** ESI's universe bodies onto the domain model. */
final class UniverseCatalogueMapper {
    private UniverseCatalogueMapper() {
    }

    static Region toDomain(UniverseRegionsRegionId dto) {
        return new Region(new RegionId(dto.regionId()), dto.name(), dto.description(),
                each(dto.constellations(), ConstellationId::new));
    }

    static Constellation toDomain(ConstellationDto dto) {
        return new Constellation(new ConstellationId(dto.constellationId()), dto.name(), new RegionId(dto.regionId()),
                position(dto.position()), each(dto.systems(), SolarSystemId::new));
    }

    static PlanetInfo toDomain(PlanetDto dto) {
        return new PlanetInfo(dto.planetId(), dto.name(), new TypeId(dto.typeId()), new SolarSystemId(dto.systemId()),
                position(dto.position()));
    }

    static Station toDomain(StationDto dto) {
        return new Station(dto.stationId(), dto.name(), new TypeId(dto.typeId()), new SolarSystemId(dto.systemId()),
                position(dto.position()), dto.owner() == null ? null : new CorporationId(dto.owner()), dto.raceId(),
                dto.maxDockableShipVolume().doubleValue(), new Isk(dto.officeRentalCost()),
                dto.reprocessingEfficiency().doubleValue(), dto.reprocessingStationsTake().doubleValue(),
                each(dto.services(), StationService::fromEsi));
    }

    static Function<StructureDto, UpwellStructure> toStructure(long structureId) {
        return dto -> new UpwellStructure(structureId, dto.name(), new CorporationId(dto.ownerId()),
                new SolarSystemId(dto.solarSystemId()), dto.typeId() == null ? null : new TypeId(dto.typeId()),
                dto.position() == null ? null : position(dto.position()));
    }

    static ItemType toDomain(ItemTypeDto dto) {
        return new ItemType(new TypeId(dto.typeId()), dto.name(), dto.description(), dto.published(), dto.groupId(),
                dto.marketGroupId(), number(dto.volume()), number(dto.packagedVolume()), number(dto.capacity()),
                number(dto.mass()), number(dto.radius()), dto.portionSize(), dto.graphicId(), dto.iconId(),
                each(dto.dogmaAttributes(), a -> new ItemType.Attribute(a.attributeId(), a.value().doubleValue())),
                each(dto.dogmaEffects(), e -> new ItemType.Effect(e.effectId(), e.isDefault())));
    }

    static SystemJumps toDomain(UniverseSystemJumps dto) {
        return new SystemJumps(new SolarSystemId(dto.systemId()), dto.shipJumps());
    }

    static SystemKills toDomain(UniverseSystemKills dto) {
        return new SystemKills(new SolarSystemId(dto.systemId()), dto.shipKills(), dto.npcKills(), dto.podKills());
    }

    /** Agents are NPC characters: POST /universe/names calls them characters too. */
    static List<ResolvedName> toDomain(ResolvedIdsDto dto) {
        return Stream.of(named(dto.agents(), NameCategory.CHARACTER), named(dto.alliances(), NameCategory.ALLIANCE),
                        named(dto.characters(), NameCategory.CHARACTER),
                        named(dto.constellations(), NameCategory.CONSTELLATION),
                        named(dto.corporations(), NameCategory.CORPORATION), named(dto.factions(), NameCategory.FACTION),
                        named(dto.inventoryTypes(), NameCategory.INVENTORY_TYPE),
                        named(dto.regions(), NameCategory.REGION), named(dto.stations(), NameCategory.STATION),
                        named(dto.systems(), NameCategory.SOLAR_SYSTEM))
                .flatMap(List::stream).toList();
    }

    private static List<ResolvedName> named(List<ResolvedIdsDto.NamedIdDto> matches, NameCategory category) {
        return each(matches, match -> new ResolvedName(match.id(), match.name(), category));
    }

    /** ESI leaves out empty lists. */
    private static <D, T> List<T> each(List<D> values, Function<D, T> toDomain) {
        return values == null ? List.of() : values.stream().map(toDomain).toList();
    }

    private static Position position(PositionDto dto) {
        return new Position(dto.x().doubleValue(), dto.y().doubleValue(), dto.z().doubleValue());
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
