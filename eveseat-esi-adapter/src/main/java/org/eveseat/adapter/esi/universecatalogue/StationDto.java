package org.eveseat.adapter.esi.universecatalogue;

import java.math.BigDecimal;
import java.util.List;

/** An NPC station as ESI sends it; {@code owner} and {@code race_id} may be absent. */
public record StationDto(long stationId, String name, long typeId, long systemId, PositionDto position, Long owner,
                         Long raceId, BigDecimal maxDockableShipVolume, BigDecimal officeRentalCost,
                         BigDecimal reprocessingEfficiency, BigDecimal reprocessingStationsTake,
                         List<String> services) {
}
