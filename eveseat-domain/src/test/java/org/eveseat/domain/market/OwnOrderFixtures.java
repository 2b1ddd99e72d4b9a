package org.eveseat.domain.market;

import java.time.Instant;

import org.eveseat.domain.market.model.OrderOwner;
import org.eveseat.domain.market.model.OrderRange;
import org.eveseat.domain.market.model.OrderState;
import org.eveseat.domain.market.model.OwnOrder;
import org.eveseat.domain.market.model.TradeHub;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.TypeId;

/** Own orders at Jita 4-4 for the market tests: order n of type 34 issued n hours after the fixtures' start. */
public final class OwnOrderFixtures {
    public static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    private OwnOrderFixtures() {
    }

    public static OwnOrder sell(OrderOwner owner, long orderId, String price) {
        return order(owner, orderId, false, price, OrderState.OPEN);
    }

    public static OwnOrder buy(OrderOwner owner, long orderId, String price) {
        return order(owner, orderId, true, price, OrderState.OPEN);
    }

    public static OwnOrder order(OrderOwner owner, long orderId, boolean buy, String price, OrderState state) {
        boolean corporation = owner.kind() == OrderOwner.Kind.CORPORATION;
        return new OwnOrder(owner, orderId, new TypeId(34), TradeHub.JITA.regionId(), TradeHub.JITA.stationId(),
                buy, Isk.of(price), 900, 1000, buy ? 1L : null, buy ? OrderRange.STATION : OrderRange.REGION,
                START.plusSeconds(3600 * (orderId % 1000)), 90, buy ? Isk.of("4500.50") : null, state, corporation,
                corporation ? new CharacterId(2112625428L) : null, corporation ? 2 : null);
    }
}
