package org.eveseat.adapter.esi.corporation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eveseat.adapter.esi.common.dto.CorporationsCorporationIdRoles;
import org.eveseat.adapter.esi.common.EsiJson;
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
import org.junit.jupiter.api.Test;

/**
 * Spec-shaped ESI bodies (swagger.json 2026-08-04) onto the corporation model. The fake ESI does not serve these
 * routes yet, so the mapping is checked on the bodies themselves.
 */
class CorporationMapperTest {
    private static final Instant FOUNDED = Instant.parse("2016-06-26T21:00:00Z");

    @Test
    void aPlayerCorporationsProfileKeepsItsPercentagesAndDropsWhatIsLeftOut() {
        String body = """
                {"name": "C C P", "ticker": "-CCP-", "type": "player_owned", "state": "active",
                 "alliance_id": 434243723, "ceo_id": 180548812, "creator_id": 180548812,
                 "date_founded": "2016-06-26T21:00:00Z", "member_count": 656, "shares": 1000,
                 "home_station_id": 60003760, "tax_rates": {"isk": 10.5, "loyalty_point": 5.6},
                 "friendly_fire": "illegal", "war_eligible": true, "description": "Developers",
                 "palette": {"main_color": "#000000"}}""";

        CorporationInfo info = EsiJson.one(CorporationInfoDto.class, CorporationMapper.toInfo(
                new CorporationId(109299958L))).apply(body);

        assertThat(info).isEqualTo(new CorporationInfo(new CorporationId(109299958L), "C C P", "-CCP-",
                CorporationKind.PLAYER_OWNED, CorporationState.ACTIVE, new AllianceId(434243723L),
                new CharacterId(180548812L), new CharacterId(180548812L), FOUNDED, 656, 1000, 60003760L, 10.5, 5.6,
                FriendlyFire.ILLEGAL, true, null, "Developers", null));
    }

    @Test
    void memberRolesAreSplitByWhereTheyApplyAndUnknownRolesGrantNothing() {
        String body = """
                [{"character_id": 2112625428, "roles": ["Accountant", "Brand_New_Role"],
                  "roles_at_hq": ["Hangar_Take_1"], "grantable_roles": ["Junior_Accountant"]}]""";

        List<MemberRoles> roles = EsiJson.list(CorporationsCorporationIdRoles.class, CorporationMapper::toRoles).apply(body);

        assertThat(roles).containsExactly(new MemberRoles(new CharacterId(2112625428L),
                new RoleSet(Set.of(CorporationRole.ACCOUNTANT, CorporationRole.UNKNOWN),
                        Set.of(CorporationRole.HANGAR_TAKE_1), Set.of(), Set.of()),
                new RoleSet(Set.of(CorporationRole.JUNIOR_ACCOUNTANT), Set.of(), Set.of(), Set.of())));
        assertThat(roles.get(0).roles().has(CorporationRole.UNKNOWN)).isFalse();
    }

    @Test
    void aStructureCarriesItsTimersFuelAndServices() {
        String body = """
                [{"structure_id": 1035466617946, "corporation_id": 98000001, "type_id": 35832,
                  "system_id": 30000142, "name": "Jita - Keepstar", "profile_id": 11, "state": "armor_reinforce",
                  "state_timer_start": "2026-08-01T10:00:00Z", "state_timer_end": "2026-08-02T19:00:00Z",
                  "fuel_expires": "2026-09-01T00:00:00Z", "reinforce_hour": 19,
                  "services": [{"name": "Market Hub", "state": "online"}, {"name": "Clone Bay", "state": "offline"}]}]""";

        List<CorporationStructure> structures =
                EsiJson.list(StructureDto.class, CorporationMapper::toStructure).apply(body);

        assertThat(structures).containsExactly(new CorporationStructure(1035466617946L, new CorporationId(98000001L),
                new TypeId(35832), new SolarSystemId(30000142L), "Jita - Keepstar", 11, StructureState.ARMOR_REINFORCE,
                Instant.parse("2026-08-01T10:00:00Z"), Instant.parse("2026-08-02T19:00:00Z"),
                Instant.parse("2026-09-01T00:00:00Z"), null, 19, null, null,
                List.of(new CorporationStructure.Service("Market Hub", ServiceState.ONLINE),
                        new CorporationStructure.Service("Clone Bay", ServiceState.OFFLINE))));
    }

    @Test
    void unnamedDivisionsHaveNoName() {
        String body = """
                {"hangar": [{"division": 1, "name": "Minerals"}, {"division": 2}],
                 "wallet": [{"division": 1, "name": "Master Wallet"}]}""";

        CorporationDivisions divisions = EsiJson.one(DivisionsDto.class, CorporationMapper::toDivisions).apply(body);

        assertThat(divisions).isEqualTo(new CorporationDivisions(
                List.of(new CorporationDivisions.Division(1, "Minerals"), new CorporationDivisions.Division(2, null)),
                List.of(new CorporationDivisions.Division(1, "Master Wallet"))));
    }
}
