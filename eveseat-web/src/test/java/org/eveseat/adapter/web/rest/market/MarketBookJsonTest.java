package org.eveseat.adapter.web.rest.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.eveseat.domain.market.model.BookEntry;
import org.eveseat.domain.market.model.BookScope;
import org.eveseat.domain.market.model.BookSnapshot;
import org.eveseat.domain.market.model.BookSummary;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.MarketRegionStatus;
import org.eveseat.domain.market.model.OrderBook;
import org.eveseat.domain.market.model.OrderChange;
import org.eveseat.domain.market.model.OrderChangeKind;
import org.eveseat.domain.market.model.OrderRange;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.universe.model.EntityNames;
import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.ResolvedName;
import org.junit.jupiter.api.Test;

/** The order book API's bodies, field by field as the market contract names them. */
class MarketBookJsonTest {
    private static final RegionId FORGE = new RegionId(10000002);
    private static final Instant FETCHED = Instant.parse("2026-12-07T12:00:00Z");
    private static final Instant ISSUED = Instant.parse("2026-12-01T08:00:00Z");
    private static final BookSnapshot SNAPSHOT = new BookSnapshot(FORGE, 7, FETCHED, FETCHED.plusSeconds(300), 2);

    @Test
    void aBookHasItsSummaryAndOrdersWithNamesAndPricesAsNumbers() {
        MarketOrder sell = new MarketOrder(6001, new TypeId(34), false, Isk.of("5.1"), 100, 200, 1, OrderRange.REGION,
                60003760L, new SolarSystemId(30000142), ISSUED, 90);
        OrderBook book = new OrderBook(new TypeId(34), "Tritanium", BookScope.station(FORGE, 60003760L), "The Forge",
                SNAPSHOT, BookSummary.of(List.of(sell), List.of()), List.of(new BookEntry(sell,
                "Jita IV - Moon 4 - Caldari Navy Assembly Plant", "Jita", 0.9459)), List.of());

        JsonObject body = MarketBookJson.book(book, EntityNames.none());

        assertThat(body.keySet()).containsExactly("typeId", "typeName", "regionId", "regionName", "fetchedAt",
                "expiresAt", "summary", "sells", "buys");
        assertThat(body.getJsonObject("summary").toString()).isEqualTo("{\"bestBid\":null,\"bestAsk\":5.10,"
                + "\"spread\":null,\"spreadPercent\":null,\"bidVolume\":0,\"askVolume\":100,\"bidVolumeWithin5\":0,"
                + "\"askVolumeWithin5\":100}");
        assertThat(body.getJsonArray("sells").getJsonObject(0).toString()).isEqualTo("{\"orderId\":6001,"
                + "\"price\":5.10,\"volumeRemain\":100,\"volumeTotal\":200,\"minVolume\":1,\"stationId\":60003760,"
                + "\"stationName\":\"Jita IV - Moon 4 - Caldari Navy Assembly Plant\",\"systemId\":30000142,"
                + "\"systemName\":\"Jita\",\"security\":0.946,\"range\":\"region\",\"issued\":\"2026-12-01T08:00:00Z\","
                + "\"expires\":\"2027-03-01T08:00:00Z\"}");
        assertThat(body.getJsonArray("buys")).isEmpty();
    }

    @Test
    void aStationTheStaticDataDoesNotKnowIsNamedFromTheStoredNamesElseLeftNull() {
        long structure = 1_035_466_617_946L;
        long unknown = 1_035_466_617_947L;
        MarketOrder atStructure = new MarketOrder(6003, new TypeId(34), false, Isk.of("5"), 1, 1, 1,
                OrderRange.REGION, structure, new SolarSystemId(30000142), ISSUED, 90);
        MarketOrder atUnknown = new MarketOrder(6004, new TypeId(34), true, Isk.of("4"), 1, 1, 1,
                OrderRange.STATION, unknown, new SolarSystemId(30000142), ISSUED, 90);
        OrderBook book = new OrderBook(new TypeId(34), "Tritanium", BookScope.region(FORGE), "The Forge",
                SNAPSHOT, BookSummary.of(List.of(atStructure), List.of(atUnknown)),
                List.of(new BookEntry(atStructure, null, "Jita", 0.9459)),
                List.of(new BookEntry(atUnknown, null, "Jita", 0.9459)));
        EntityNames names = new EntityNames(Map.of(structure, new ResolvedName(structure, "Jita - Trade Hub",
                NameCategory.UNKNOWN)));

        assertThat(MarketBookJson.unnamedStations(book)).containsExactly(structure, unknown);
        JsonObject body = MarketBookJson.book(book, names);
        assertThat(body.getJsonArray("sells").getJsonObject(0).getString("stationName")).isEqualTo("Jita - Trade Hub");
        assertThat(body.getJsonArray("buys").getJsonObject(0).isNull("stationName")).isTrue();
    }

    @Test
    void changesNameTheirStationAndLeaveTheMissingPriceNull() {
        OrderChange gone = new OrderChange(6002, new TypeId(34), 60003760L, true, OrderChangeKind.GONE,
                Isk.of("4.80"), null, 10, FETCHED);
        EntityNames names = new EntityNames(Map.of(60003760L, new ResolvedName(60003760L,
                "Jita IV - Moon 4 - Caldari Navy Assembly Plant", NameCategory.STATION)));

        assertThat(MarketBookJson.changes(List.of(gone), names).getJsonObject(0).toString()).isEqualTo(
                "{\"orderId\":6002,\"kind\":\"GONE\",\"buyOrder\":true,\"oldPrice\":4.80,\"newPrice\":null,"
                        + "\"volumeRemain\":10,\"stationId\":60003760,\"stationName\":\"Jita IV - Moon 4 - Caldari "
                        + "Navy Assembly Plant\",\"seenAt\":\"2026-12-07T12:00:00Z\"}");
    }

    @Test
    void aRegionWithoutABookHasANullSnapshot() {
        assertThat(MarketBookJson.regions(List.of(new MarketRegionStatus(FORGE, "The Forge", SNAPSHOT),
                new MarketRegionStatus(new RegionId(10000043), "Domain", null))).toString()).isEqualTo(
                "[{\"regionId\":10000002,\"regionName\":\"The Forge\",\"snapshot\":{\"fetchedAt\":"
                        + "\"2026-12-07T12:00:00Z\",\"expiresAt\":\"2026-12-07T12:05:00Z\",\"orderCount\":2}},"
                        + "{\"regionId\":10000043,\"regionName\":\"Domain\",\"snapshot\":null}]");
    }
}
