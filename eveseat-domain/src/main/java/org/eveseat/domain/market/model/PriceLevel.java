package org.eveseat.domain.market.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * What a scan over every type of a station needs of one open order: its type and side, its price in cents and the
 * units left. Reading only these keeps a quarter of a million orders cheap to read.
 */
public record PriceLevel(TypeId typeId, boolean buyOrder, long priceCents, long volumeRemain) {
    public PriceLevel {
        Require.present(typeId, "type id");
    }

    public static PriceLevel of(MarketOrder order) {
        return new PriceLevel(order.typeId(), order.buyOrder(), order.price().amount().movePointRight(2)
                .longValueExact(), order.volumeRemain());
    }
}
