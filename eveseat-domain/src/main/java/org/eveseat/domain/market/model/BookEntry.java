package org.eveseat.domain.market.model;

import org.eveseat.domain.shared.Require;

/**
 * An order of a listed book with the names of where it is: station (null for a player structure the static data
 * does not know), system and its security status (null for a system the static data does not know).
 */
public record BookEntry(MarketOrder order, String stationName, String systemName, Double security) {
    public BookEntry {
        Require.present(order, "order");
    }
}
