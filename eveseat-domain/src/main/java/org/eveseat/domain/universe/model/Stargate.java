package org.eveseat.domain.universe.model;

import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/** A stargate and the gate in the neighbouring system it jumps to. */
public record Stargate(long stargateId, String name, TypeId typeId, SolarSystemId systemId, Position position,
                       long destinationStargateId, SolarSystemId destinationSystemId) {
    public Stargate {
        Require.positive(stargateId, "stargate id");
        Require.present(name, "stargate name");
        Require.present(typeId, "type id");
        Require.present(systemId, "solar system");
        Require.present(position, "position");
        Require.positive(destinationStargateId, "destination stargate id");
        Require.present(destinationSystemId, "destination solar system");
    }
}
