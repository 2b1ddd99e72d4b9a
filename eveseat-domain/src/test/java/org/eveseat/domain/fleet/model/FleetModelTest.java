package org.eveseat.domain.fleet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.Test;

class FleetModelTest {
    @Test
    void commandersHaveNoWingOrSquad() {
        FleetPosition boss = new FleetPosition(FleetRole.fromEsi("fleet_commander"), null, null);
        assertThat(boss.role()).isEqualTo(FleetRole.FLEET_COMMANDER);
        assertThatThrownBy(() -> new FleetPosition(FleetRole.SQUAD_MEMBER, -1L, -1L))
                .as("ESI's -1 means none: null").isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new FleetPosition(null, 1L, 2L)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void membersAndFleetsNeedTheirRequiredParts() {
        FleetPosition member = new FleetPosition(FleetRole.SQUAD_MEMBER, 2L, 3L);
        assertThat(new FleetMember(new CharacterId(2112625428L), member, "Squad Member",
                Instant.parse("2026-08-01T10:00:00Z"), new TypeId(587), new SolarSystemId(30000142), null, true)
                .stationId()).isNull();
        assertThatThrownBy(() -> new FleetMembership(0, new CharacterId(2112625428L), member))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new FleetInfo(false, false, false, null)).isInstanceOf(RuleViolationException.class);
        assertThat(new FleetWing(2, "Wing 1", null).squads()).isEmpty();
    }
}
