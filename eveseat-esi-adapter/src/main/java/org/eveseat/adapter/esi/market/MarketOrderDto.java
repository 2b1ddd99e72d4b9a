package org.eveseat.adapter.esi.market;

import java.math.BigDecimal;
import java.time.Instant;

/** An order of a region's order book as ESI sends it. */
public record MarketOrderDto(long orderId, long typeId, boolean isBuyOrder, BigDecimal price, long volumeRemain,
                             long volumeTotal, long minVolume, String range, long locationId, long systemId,
                             Instant issued, int duration) {
}
