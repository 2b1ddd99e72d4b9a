package org.eveseat.domain.corporation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.Test;

class CorporationModelTest {
    private static final CorporationId CORP = new CorporationId(98000001);

    @Test
    void rolesAreSpelledInTitleCase() {
        assertThat(CorporationRole.JUNIOR_ACCOUNTANT.esiValue()).isEqualTo("Junior_Accountant");
        assertThat(CorporationRole.HANGAR_TAKE_7.esiValue()).isEqualTo("Hangar_Take_7");
        assertThat(CorporationRole.fromEsi("Factory_Manager")).isEqualTo(CorporationRole.FACTORY_MANAGER);
        assertThat(CorporationRole.fromEsi("FACTORY_MANAGER")).as("case matters").isEqualTo(CorporationRole.UNKNOWN);
    }

    @Test
    void directorsHoldEveryRoleAndUnknownRolesGrantNothing() {
        RoleSet director = new RoleSet(Set.of(CorporationRole.DIRECTOR), null, null, null);
        RoleSet accountant = new RoleSet(Set.of(CorporationRole.ACCOUNTANT, CorporationRole.UNKNOWN), null, null,
                null);
        assertThat(director.has(CorporationRole.STATION_MANAGER)).isTrue();
        assertThat(accountant.has(CorporationRole.ACCOUNTANT)).isTrue();
        assertThat(accountant.has(CorporationRole.DIRECTOR)).isFalse();
        assertThat(director.has(CorporationRole.UNKNOWN)).isFalse();
        assertThat(accountant.has(CorporationRole.UNKNOWN)).isFalse();
        assertThat(new MemberRoles(new CharacterId(2112625428L), null, null).roles()).isEqualTo(RoleSet.NONE);
    }

    @Test
    void taxRatesArePercentages() {
        assertThat(info(10.0).iskTaxPercent()).isEqualTo(10.0);
        assertThat(info(100.0).loyaltyPointTaxPercent()).isEqualTo(5.6);
        assertThatThrownBy(() -> info(100.5)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> info(-1)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void structuresReinforceAtAnHourOfTheDay() {
        assertThat(structure(23).services()).isEmpty();
        assertThat(structure(null).reinforceHour()).isNull();
        assertThatThrownBy(() -> structure(24)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new CorporationStructure.Service("Clone Bay", null))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void divisionsAreNumberedOneToSeven() {
        var divisions = new CorporationDivisions(List.of(new CorporationDivisions.Division(1, null)), null);
        assertThat(divisions.wallet()).isEmpty();
        assertThatThrownBy(() -> new CorporationDivisions.Division(8, "Spare"))
                .isInstanceOf(RuleViolationException.class);
    }

    private static CorporationInfo info(double iskTax) {
        return new CorporationInfo(CORP, "EVESeat Test Corp", "SEAT", CorporationKind.fromEsi("player_owned"),
                CorporationState.fromEsi("active"), null, new CharacterId(2112625428L), null, null, 12, 1000,
                60003760, iskTax, 5.6, FriendlyFire.fromEsi("illegal"), true, null, null, null);
    }

    private static CorporationStructure structure(Integer reinforceHour) {
        return new CorporationStructure(1_000_000_000_001L, CORP, new TypeId(35832), new SolarSystemId(30000142),
                "Jita - Keepstar", 1, StructureState.fromEsi("shield_vulnerable"), null, null,
                Instant.parse("2026-09-01T00:00:00Z"), null, reinforceHour, null, null, null);
    }
}
