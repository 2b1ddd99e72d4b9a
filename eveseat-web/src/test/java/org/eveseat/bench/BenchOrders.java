package org.eveseat.bench;

import java.math.BigDecimal;
import java.util.List;

import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.OrderRange;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.fake.ledger.GeneratedBook;

/** A generated book of the fake ESI as the domain's orders, for benchmarks that store it without ESI. */
final class BenchOrders {
    private BenchOrders() {
    }

    static List<MarketOrder> of(GeneratedBook book) {
        return book.orders().stream().map(BenchOrders::domain).toList();
    }

    private static MarketOrder domain(org.eveseat.fake.ledger.MarketOrder o) {
        return new MarketOrder(o.orderId(), new TypeId(o.typeId()), o.isBuyOrder(),
                new Isk(BigDecimal.valueOf(o.price())), o.volumeRemain(), o.volumeTotal(), o.minVolume(),
                OrderRange.fromEsi(o.range()), o.locationId(), new SolarSystemId(o.systemId()), o.issued(),
                (int) o.duration());
    }
}
