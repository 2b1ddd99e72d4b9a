package org.eveseat.domain.fleet.model;

import org.eveseat.domain.shared.Require;

/**
 * Where a member sits in a fleet: its role and its wing and squad, null where the role has none (the fleet
 * commander has neither, a wing commander no squad; ESI says -1 there).
 */
public record FleetPosition(FleetRole role, Long wingId, Long squadId) {
    public FleetPosition {
        Require.present(role, "fleet role");
        Require.positiveIfPresent(wingId, "wing id");
        Require.positiveIfPresent(squadId, "squad id");
    }
}
