package org.eveseat.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eveseat.fake.ledger.GeneratedBook;
import org.eveseat.fake.ledger.MarketOrder;
import org.junit.jupiter.api.Test;

/** The generated region books: ESI's shape at full size, a realistic spread, the same book for the same seed. */
class FakeEsiMarketBookTest extends FakeEsiTestSupport {
    private static final long FORGE = 10000002L;
    private static final long JITA_4_4 = 60003760L;

    @Test
    void theForgeAtFullSizeHasItsHubStationAndAFewBusyTypesAndManyQuietOnes() {
        GeneratedBook book = esi.ledger().publicData().market().generateBook(FORGE, 400_000, 7);
        List<MarketOrder> orders = book.orders();

        assertThat(orders).hasSize(400_000);
        Map<Long, Long> perStation = orders.stream().collect(Collectors.groupingBy(MarketOrder::locationId,
                Collectors.counting()));
        assertThat(perStation.get(JITA_4_4)).isBetween(220_000L, 260_000L);
        assertThat(perStation).hasSizeGreaterThan(50);
        List<Long> perType = orders.stream().collect(Collectors.groupingBy(MarketOrder::typeId, Collectors.counting()))
                .values().stream().sorted(Comparator.reverseOrder()).toList();
        assertThat(perType).hasSizeGreaterThan(10_000);
        assertThat(perType.get(0)).isBetween(1_000L, 6_000L);
        assertThat(perType.stream().filter(count -> count <= 10).count()).isGreaterThan(perType.size() / 4);
        assertThat(orders.stream().filter(MarketOrder::isBuyOrder).count()).isBetween(160_000L, 200_000L);
        assertThat(orders).extracting(MarketOrder::orderId).doesNotHaveDuplicates();
        assertThat(new ArrayList<>(esi.ledger().publicData().market().generateBook(FORGE, 400_000, 7).orders()))
                .isEqualTo(orders);
    }

    @Test
    void theBookIsServedInPagesOfOneSnapshotAndMovesWhenChurned() {
        GeneratedBook book = esi.ledger().publicData().market().generateBook(FORGE, 2_500, 3);
        List<HttpResponse<String>> pages = List.of(get("/markets/10000002/orders?order_type=all"),
                get("/markets/10000002/orders?order_type=all&page=2"),
                get("/markets/10000002/orders?order_type=all&page=3"));

        assertThat(pages).allSatisfy(page -> assertThat(header(page, "X-Pages")).isEqualTo("3"));
        assertThat(pages).extracting(page -> header(page, "Last-Modified")).containsOnly(header(pages.get(0),
                "Last-Modified"));
        List<Long> served = new ArrayList<>();
        pages.forEach(page -> served.addAll(ids(list(page), "order_id")));
        assertThat(served).isEqualTo(book.orders().stream().map(MarketOrder::orderId).toList());
        Map<String, Object> first = list(pages.get(0)).get(0);
        assertThat(first).containsOnlyKeys("duration", "is_buy_order", "issued", "location_id", "min_volume",
                "order_id", "price", "range", "system_id", "type_id", "volume_remain", "volume_total");
        MarketOrder firstOrder = book.orders().get(0);
        assertThat(((Number) first.get("price")).doubleValue()).isEqualTo(firstOrder.price());
        assertThat(list(get("/markets/10000002/orders?order_type=sell&type_id=" + firstOrder.typeId())))
                .allSatisfy(order -> assertThat(order).containsEntry("type_id", firstOrder.typeId())
                        .containsEntry("is_buy_order", false));

        List<MarketOrder> before = book.orders();
        esi.changeDuringPagination();
        get("/markets/10000002/orders?order_type=all");
        HttpResponse<String> after = get("/markets/10000002/orders?order_type=all&page=2");
        assertThat(book.version()).isEqualTo(1);
        assertThat(header(after, "Last-Modified")).isNotEqualTo(header(pages.get(0), "Last-Modified"));
        Map<Long, MarketOrder> was = before.stream()
                .collect(Collectors.toMap(MarketOrder::orderId, Function.identity()));
        List<MarketOrder> now = book.orders();
        assertThat(now.stream().filter(o -> !was.containsKey(o.orderId()))).isNotEmpty();
        assertThat(now.stream().filter(o -> was.containsKey(o.orderId())
                && was.get(o.orderId()).price() != o.price())).isNotEmpty();
        assertThat(now.size()).isBetween(2_400, 2_600);
    }
}
