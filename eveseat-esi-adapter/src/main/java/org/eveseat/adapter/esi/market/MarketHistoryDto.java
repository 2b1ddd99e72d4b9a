package org.eveseat.adapter.esi.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One day of a type's market history as ESI sends it. */
public record MarketHistoryDto(LocalDate date, BigDecimal average, BigDecimal highest, BigDecimal lowest,
                               long volume, long orderCount) {
}
