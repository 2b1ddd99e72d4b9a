package org.eveseat.adapter.esi.corporation;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eveseat.adapter.esi.common.dto.CorporationsCorporationIdRoles;
import org.eveseat.domain.corporation.model.CorporationDivisions;
import org.eveseat.domain.corporation.model.CorporationInfo;
import org.eveseat.domain.corporation.model.CorporationKind;
import org.eveseat.domain.corporation.model.CorporationRole;
import org.eveseat.domain.corporation.model.CorporationState;
import org.eveseat.domain.corporation.model.CorporationStructure;
import org.eveseat.domain.corporation.model.FriendlyFire;
import org.eveseat.domain.corporation.model.MemberRoles;
import org.eveseat.domain.corporation.model.RoleSet;
import org.eveseat.domain.corporation.model.ServiceState;
import org.eveseat.domain.corporation.model.StructureState;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/** ESI corporation DTOs onto the domain; ids ESI leaves out (or sends as 0) become null, missing lists empty. */
final class CorporationMapper {
    private CorporationMapper() {
    }

    /** The profile does not repeat the corporation's id, so the caller supplies it. */
    static Function<CorporationInfoDto, CorporationInfo> toInfo(CorporationId corporationId) {
        return dto -> new CorporationInfo(corporationId, dto.name(), dto.ticker(), CorporationKind.fromEsi(dto.type()),
                CorporationState.fromEsi(dto.state()), id(dto.allianceId(), AllianceId::new),
                id(dto.ceoId(), CharacterId::new), id(dto.creatorId(), CharacterId::new), dto.dateFounded(),
                dto.memberCount(), dto.shares(), dto.homeStationId(), dto.taxRates().isk().doubleValue(),
                dto.taxRates().loyaltyPoint().doubleValue(), FriendlyFire.fromEsi(dto.friendlyFire()),
                dto.warEligible(), id(dto.enlistedFactionId(), Function.identity()), dto.description(), dto.url());
    }

    static MemberRoles toRoles(CorporationsCorporationIdRoles dto) {
        return new MemberRoles(new CharacterId(dto.characterId()),
                new RoleSet(roles(dto.roles()), roles(dto.rolesAtHq()), roles(dto.rolesAtBase()),
                        roles(dto.rolesAtOther())),
                new RoleSet(roles(dto.grantableRoles()), roles(dto.grantableRolesAtHq()),
                        roles(dto.grantableRolesAtBase()), roles(dto.grantableRolesAtOther())));
    }

    static CorporationStructure toStructure(StructureDto dto) {
        List<CorporationStructure.Service> services = dto.services() == null ? List.of() : dto.services().stream()
                .map(s -> new CorporationStructure.Service(s.name(), ServiceState.fromEsi(s.state()))).toList();
        return new CorporationStructure(dto.structureId(), new CorporationId(dto.corporationId()),
                new TypeId(dto.typeId()), new SolarSystemId(dto.systemId()), dto.name(), dto.profileId(),
                StructureState.fromEsi(dto.state()), dto.stateTimerStart(), dto.stateTimerEnd(), dto.fuelExpires(),
                dto.unanchorsAt(), dto.reinforceHour(), dto.nextReinforceHour(), dto.nextReinforceApply(), services);
    }

    static CorporationDivisions toDivisions(DivisionsDto dto) {
        return new CorporationDivisions(divisions(dto.hangar()), divisions(dto.wallet()));
    }

    private static List<CorporationDivisions.Division> divisions(List<DivisionsDto.Division> divisions) {
        return divisions == null ? List.of() : divisions.stream().filter(d -> d.division() != null)
                .map(d -> new CorporationDivisions.Division(d.division(), d.name())).toList();
    }

    private static Set<CorporationRole> roles(List<String> roles) {
        return roles == null ? Set.of()
                : roles.stream().map(CorporationRole::fromEsi).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static <T> T id(Long id, Function<Long, T> type) {
        return id == null || id <= 0 ? null : type.apply(id);
    }
}
