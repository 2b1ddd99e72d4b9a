package org.eveseat.adapter.esi.market;

import java.math.BigDecimal;

/** CCP's price of a type as ESI sends it; either price may be absent. */
public record MarketPriceDto(long typeId, BigDecimal averagePrice, BigDecimal adjustedPrice) {
}
