package org.eveseat.domain.market.model;

import java.time.Instant;
import java.util.List;

import org.eveseat.domain.shared.Require;

/**
 * One page of a region's order book as ESI answered it, with what tells the pages of one ESI snapshot apart from
 * another's: {@code lastModified} (ESI's header, the same on every page of one snapshot) and the page count.
 */
public record BookPage(int number, int count, List<MarketOrder> orders, String lastModified, Instant expires) {
    public BookPage {
        Require.positive(number, "page number");
        Require.positive(count, "page count");
        orders = Require.list(orders, "orders");
        Require.present(expires, "expires");
    }
}
