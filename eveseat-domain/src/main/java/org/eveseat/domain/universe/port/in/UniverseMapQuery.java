package org.eveseat.domain.universe.port.in;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.universe.model.SchematicMap;

/** The schematic map of New Eden, whole (the systems on the 2D map) or one region (null: whole). */
public interface UniverseMapQuery {
    SchematicMap map(RegionId region);
}
