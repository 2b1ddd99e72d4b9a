package org.eveseat.domain.fleet.model;

import org.eveseat.domain.shared.EsiEnum;

/** A member's place in the fleet hierarchy. UNKNOWN stands for a role ESI added later. */
public enum FleetRole implements EsiEnum {
    FLEET_COMMANDER, WING_COMMANDER, SQUAD_COMMANDER, SQUAD_MEMBER, UNKNOWN;

    public static FleetRole fromEsi(String value) {
        return EsiEnum.lenient(FleetRole.class, value, UNKNOWN);
    }
}
