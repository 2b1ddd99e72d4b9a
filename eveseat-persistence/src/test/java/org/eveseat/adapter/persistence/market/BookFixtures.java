package org.eveseat.adapter.persistence.market;

import java.time.Instant;
import java.util.List;

import org.eveseat.domain.market.model.BookPage;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.OrderRange;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/** Orders and pages of The Forge for the market book tests. */
final class BookFixtures {
    static final RegionId FORGE = new RegionId(10000002);
    static final SolarSystemId JITA = new SolarSystemId(30000142);
    static final SolarSystemId PERIMETER = new SolarSystemId(30000144);
    static final long JITA_4_4 = 60003760L;
    static final long PERIMETER_STATION = 60003463L;
    static final TypeId TRITANIUM = new TypeId(34);
    static final TypeId PYERITE = new TypeId(35);
    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    private BookFixtures() {
    }

    static MarketOrder sell(long id, TypeId type, String price, long station, SolarSystemId system) {
        return order(id, type, false, price, station, system);
    }

    static MarketOrder buy(long id, TypeId type, String price, long station, SolarSystemId system) {
        return order(id, type, true, price, station, system);
    }

    static MarketOrder order(long id, TypeId type, boolean buy, String price, long station, SolarSystemId system) {
        return new MarketOrder(id, type, buy, Isk.of(price), 100 + id, 1000 + id, 1,
                buy ? OrderRange.STATION : OrderRange.REGION, station, system, NOW.minusSeconds(id), 90);
    }

    static BookPage page(int number, int count, String lastModified, List<MarketOrder> orders) {
        return new BookPage(number, count, orders, lastModified, NOW.plusSeconds(300));
    }
}
