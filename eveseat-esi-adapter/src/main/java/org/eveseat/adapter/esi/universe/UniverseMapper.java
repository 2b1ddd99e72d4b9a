package org.eveseat.adapter.esi.universe;

import java.util.List;

import org.eveseat.adapter.esi.common.dto.PostUniverseNames;
import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.model.Route;
import org.eveseat.domain.universe.model.RouteRequest;
import org.eveseat.domain.universe.model.SolarSystem;
import org.eveseat.domain.universe.model.Stargate;

/** ESI's universe and route bodies onto the domain model, and route requests onto ESI's body. */
final class UniverseMapper {
    private UniverseMapper() {
    }

    static SolarSystem toDomain(SolarSystemDto dto) {
        List<SolarSystem.Planet> planets = dto.planets() == null ? List.of() : dto.planets().stream()
                .map(p -> new SolarSystem.Planet(p.planetId(), p.moons(), p.asteroidBelts())).toList();
        return new SolarSystem(new SolarSystemId(dto.systemId()), dto.name(),
                new ConstellationId(dto.constellationId()), dto.securityStatus().doubleValue(), dto.securityClass(),
                dto.starId(), position(dto.position()), planets, dto.stargates(), dto.stations());
    }

    static Stargate toDomain(StargateDto dto) {
        return new Stargate(dto.stargateId(), dto.name(), new TypeId(dto.typeId()), new SolarSystemId(dto.systemId()),
                position(dto.position()), dto.destination().stargateId(),
                new SolarSystemId(dto.destination().systemId()));
    }

    static ResolvedName toDomain(PostUniverseNames dto) {
        return new ResolvedName(dto.id(), dto.name(), NameCategory.fromEsi(dto.category()));
    }

    static RouteRequestDto toEsi(RouteRequest request) {
        return new RouteRequestDto(request.preference().esiValue(), request.securityPenalty(),
                request.avoidSystems().stream().map(SolarSystemId::value).sorted().toList(),
                request.connections().stream().map(c -> new RouteRequestDto.ConnectionDto(c.from().value(),
                        c.to().value())).toList());
    }

    static Route toDomain(RouteDto dto) {
        return new Route(dto.route().stream().map(SolarSystemId::new).toList());
    }

    private static Position position(PositionDto dto) {
        return new Position(dto.x().doubleValue(), dto.y().doubleValue(), dto.z().doubleValue());
    }
}
