package org.eveseat.adapter.esi.marketorders;

import java.math.BigDecimal;
import java.time.Instant;

/** An order of a structure market as ESI sends it: a regional order without its system. */
public record StructureOrderDto(long orderId, long typeId, boolean isBuyOrder, BigDecimal price, long volumeRemain,
                                long volumeTotal, long minVolume, String range, long locationId, Instant issued,
                                int duration) {
}
