package org.eveseat.domain.fleet.model;

import java.util.List;

import org.eveseat.domain.shared.Require;

/** A wing of a fleet and its squads. */
public record FleetWing(long wingId, String name, List<Squad> squads) {
    public FleetWing {
        Require.positive(wingId, "wing id");
        Require.present(name, "wing name");
        squads = Require.list(squads, "squads");
    }

    public record Squad(long squadId, String name) {
        public Squad {
            Require.positive(squadId, "squad id");
            Require.present(name, "squad name");
        }
    }
}
