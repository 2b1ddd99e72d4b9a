package org.eveseat.domain.market.model;

import java.util.List;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * One type's order book in a scope, from the region's current snapshot, with the names players read: the summary
 * over every order in the scope, and the first {@code depth} sells (cheapest first) and buys (dearest first).
 */
public record OrderBook(TypeId typeId, String typeName, BookScope scope, String regionName, BookSnapshot snapshot,
                        BookSummary summary, List<BookEntry> sells, List<BookEntry> buys) {
    public OrderBook {
        Require.present(typeId, "type id");
        Require.present(scope, "scope");
        Require.present(snapshot, "snapshot");
        Require.present(summary, "summary");
        sells = Require.list(sells, "sells");
        buys = Require.list(buys, "buys");
    }
}
