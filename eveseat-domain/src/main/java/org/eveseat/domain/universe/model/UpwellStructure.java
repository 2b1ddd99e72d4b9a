package org.eveseat.domain.universe.model;

import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/**
 * A player structure as a character with docking access sees it: what names assets, orders and contracts located
 * there. {@code typeId} and {@code position} are null where ESI leaves them out.
 */
public record UpwellStructure(long structureId, String name, CorporationId ownerId, SolarSystemId systemId,
                              TypeId typeId, Position position) {
    public UpwellStructure {
        Require.positive(structureId, "structure id");
        Require.present(name, "structure name");
        Require.present(ownerId, "owner corporation");
        Require.present(systemId, "solar system");
    }
}
