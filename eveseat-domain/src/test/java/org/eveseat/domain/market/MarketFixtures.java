package org.eveseat.domain.market;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.OrderRange;
import org.eveseat.domain.market.model.TradeHub;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.TypeId;

/** Orders at the trade hubs, for the market tests. */
public final class MarketFixtures {
    public static final Instant ISSUED = Instant.parse("2026-12-01T10:00:00Z");
    private static final AtomicLong IDS = new AtomicLong(7_000_000_000L);

    private MarketFixtures() {
    }

    public static MarketOrder sell(TradeHub hub, long typeId, String price, long volume) {
        return order(IDS.incrementAndGet(), hub, typeId, false, price, volume, ISSUED);
    }

    public static MarketOrder buy(TradeHub hub, long typeId, String price, long volume) {
        return order(IDS.incrementAndGet(), hub, typeId, true, price, volume, ISSUED);
    }

    public static MarketOrder order(long orderId, TradeHub hub, long typeId, boolean buy, String price, long volume,
                                    Instant issued) {
        return new MarketOrder(orderId, new TypeId(typeId), buy, Isk.of(price), volume, volume, 1,
                buy ? OrderRange.STATION : OrderRange.REGION, hub.stationId(), hub.systemId(), issued, 90);
    }
}
