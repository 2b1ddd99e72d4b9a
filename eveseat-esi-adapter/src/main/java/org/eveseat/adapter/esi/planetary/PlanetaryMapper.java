package org.eveseat.adapter.esi.planetary;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.eveseat.adapter.esi.common.dto.UniverseSchematicsSchematicId;
import org.eveseat.adapter.esi.planetary.PlanetLayoutDto.ExtractorDetailsDto;
import org.eveseat.adapter.esi.planetary.PlanetLayoutDto.PinDto;
import org.eveseat.domain.planetary.model.Colony;
import org.eveseat.domain.planetary.model.CustomsOffice;
import org.eveseat.domain.planetary.model.Pin;
import org.eveseat.domain.planetary.model.PlanetLayout;
import org.eveseat.domain.planetary.model.PlanetType;
import org.eveseat.domain.planetary.model.Schematic;
import org.eveseat.domain.planetary.model.StandingLevel;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

final class PlanetaryMapper {
    private PlanetaryMapper() {
    }

    static Colony toDomain(ColonyDto dto) {
        return new Colony(dto.planetId(), PlanetType.fromEsi(dto.planetType()), new SolarSystemId(dto.solarSystemId()),
                new CharacterId(dto.ownerId()), dto.upgradeLevel(), dto.numPins(), dto.lastUpdate());
    }

    static PlanetLayout toDomain(PlanetLayoutDto dto) {
        return new PlanetLayout(each(dto.pins(), PlanetaryMapper::pin),
                each(dto.links(), link -> new PlanetLayout.Link(link.sourcePinId(), link.destinationPinId(),
                        link.linkLevel())),
                each(dto.routes(), route -> new PlanetLayout.Route(route.routeId(), route.sourcePinId(),
                        route.destinationPinId(), new TypeId(route.contentTypeId()), route.quantity(),
                        route.waypoints())));
    }

    static CustomsOffice toDomain(CustomsOfficeDto dto) {
        var rates = new CustomsOffice.TaxRates(dto.corporationTaxRate(), dto.allianceTaxRate(),
                dto.excellentStandingTaxRate(), dto.goodStandingTaxRate(), dto.neutralStandingTaxRate(),
                dto.badStandingTaxRate(), dto.terribleStandingTaxRate());
        return new CustomsOffice(dto.officeId(), new SolarSystemId(dto.systemId()), typeId(dto.typeId()),
                dto.reinforceExitStart(), dto.reinforceExitEnd(), dto.allowAllianceAccess(),
                dto.allowAccessWithStandings(), StandingLevel.fromEsi(dto.standingLevel()), rates);
    }

    static Schematic toDomain(long schematicId, UniverseSchematicsSchematicId dto) {
        return new Schematic(schematicId, dto.schematicName(), Duration.ofSeconds(dto.cycleTime()));
    }

    private static Pin pin(PinDto dto) {
        // older colonies carry the schematic on the pin, newer ones in factory_details
        Long schematic = dto.schematicId() != null || dto.factoryDetails() == null ? dto.schematicId()
                : Long.valueOf(dto.factoryDetails().schematicId());
        return new Pin(dto.pinId(), new TypeId(dto.typeId()), dto.latitude(), dto.longitude(), schematic,
                dto.installTime(), dto.lastCycleStart(), dto.expiryTime(),
                each(dto.contents(), content -> new Pin.Content(new TypeId(content.typeId()), content.amount())),
                dto.extractorDetails() == null ? null : extractor(dto.extractorDetails()));
    }

    private static Pin.Extractor extractor(ExtractorDetailsDto dto) {
        return new Pin.Extractor(typeId(dto.productTypeId()),
                dto.cycleTime() == null ? null : Duration.ofSeconds(dto.cycleTime()), dto.qtyPerCycle(),
                dto.headRadius(), each(dto.heads(), head -> new Pin.Head(head.headId(), head.latitude(),
                        head.longitude())));
    }

    private static TypeId typeId(Long value) {
        return value == null ? null : new TypeId(value);
    }

    /** ESI leaves out empty optional arrays. */
    private static <D, T> List<T> each(List<D> dtos, Function<D, T> toDomain) {
        return dtos == null ? List.of() : dtos.stream().map(toDomain).toList();
    }
}
