package org.eveseat.domain.universe.model;

import java.util.List;

import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/**
 * An NPC station: where it is, who runs it, what it offers and on what terms (reprocessing yield and tax, office
 * rent, the largest ship that docks, in m³). {@code ownerId} and {@code raceId} are null where ESI has none.
 */
public record Station(long stationId, String name, TypeId typeId, SolarSystemId systemId, Position position,
                      CorporationId ownerId, Long raceId, double maxDockableShipVolume, Isk officeRentalCost,
                      double reprocessingEfficiency, double reprocessingStationsTake, List<StationService> services) {
    public Station {
        Require.positive(stationId, "station id");
        Require.present(name, "station name");
        Require.present(typeId, "type id");
        Require.present(systemId, "solar system");
        Require.present(position, "position");
        Require.between(maxDockableShipVolume, 0, Double.MAX_VALUE, "maximum dockable ship volume");
        Require.present(officeRentalCost, "office rental cost");
        Require.between(reprocessingEfficiency, 0, 1, "reprocessing efficiency");
        Require.between(reprocessingStationsTake, 0, 1, "reprocessing station's take");
        services = Require.list(services, "station services");
    }
}
