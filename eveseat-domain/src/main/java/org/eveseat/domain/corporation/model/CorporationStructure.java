package org.eveseat.domain.corporation.model;

import java.time.Instant;
import java.util.List;

import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/**
 * An Upwell structure a corporation owns: its state and timers, fuel, reinforcement hour (0-23) and service
 * modules. This is what warns a corporation before a structure runs dry or comes out of reinforcement. Timers that
 * do not run are null.
 */
public record CorporationStructure(long structureId, CorporationId corporationId, TypeId typeId,
                                   SolarSystemId systemId, String name, long profileId, StructureState state,
                                   Instant stateTimerStart, Instant stateTimerEnd, Instant fuelExpires,
                                   Instant unanchorsAt, Integer reinforceHour, Integer nextReinforceHour,
                                   Instant nextReinforceApply, List<Service> services) {
    public CorporationStructure {
        Require.positive(structureId, "structure id");
        Require.present(corporationId, "owner corporation");
        Require.present(typeId, "type id");
        Require.present(systemId, "solar system");
        Require.present(state, "structure state");
        if (reinforceHour != null) {
            Require.between(reinforceHour, 0, 23, "reinforce hour");
        }
        if (nextReinforceHour != null) {
            Require.between(nextReinforceHour, 0, 23, "next reinforce hour");
        }
        services = Require.list(services, "services");
    }

    public record Service(String name, ServiceState state) {
        public Service {
            Require.present(name, "service name");
            Require.present(state, "service state");
        }
    }
}
