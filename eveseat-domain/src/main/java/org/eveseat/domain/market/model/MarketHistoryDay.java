package org.eveseat.domain.market.model;

import java.time.LocalDate;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;

/** One day of trading in one type in one region: prices, units traded and orders filled. */
public record MarketHistoryDay(LocalDate date, Isk average, Isk highest, Isk lowest, long volume,
                               long orderCount) {
    public MarketHistoryDay {
        Require.present(date, "date");
        Require.present(average, "average price");
        Require.present(highest, "highest price");
        Require.present(lowest, "lowest price");
        Require.notNegative(volume, "volume");
        Require.notNegative(orderCount, "order count");
    }
}
