package org.eveseat.domain.market.port.in;

import org.eveseat.domain.market.model.QuickTrade;

/**
 * Prices a list pasted from EVE (the multibuy window's "Tritanium 1000" lines, or rows copied from an inventory,
 * tab separated) at the five trade hubs: at most {@link #MAX_LINES} lines.
 */
public interface QuickTradeQuery {
    int MAX_LINES = 500;

    QuickTrade quote(String text);
}
