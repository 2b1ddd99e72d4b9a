package org.eveseat.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.eveseat.fake.ledger.MarketOrder;
import org.junit.jupiter.api.Test;

/**
 * A pilot's and a corporation's open orders stand in The Forge's book as the fake serves it: on a type, station
 * and side of the book, every other one beaten by the book's best order there, the others leading it by a cent.
 */
class FakeEsiOwnOrdersTest extends FakeEsiTestSupport {

    @Test
    void aPilotsOpenOrdersAreBeatenOrLeadInTheDefaultBook() {
        List<Map<String, Object>> own = list(get("/characters/" + PILOT + "/orders"));
        List<MarketOrder> book = esi.ledger().publicData().market().bookOrders(10000002L);

        assertThat(own).hasSize(3);
        assertThat(own.stream().map(order -> beaten(order, book))).containsExactly(true, false, true);
        assertThat(own).allSatisfy(order -> assertThat(order.get("region_id")).isEqualTo(10000002L));
    }

    @Test
    void withTheBookAtFullSizeTheOrdersStandInThatBook() {
        esi.ledger().publicData().market().generateBook(10000002L, 20_000, 5);
        List<MarketOrder> book = esi.ledger().publicData().market().bookOrders(10000002L);

        List<MarketOrder> own = esi.ledger().corporation(98000001L).orders().all();

        assertThat(own).hasSize(4).allSatisfy(order -> assertThat(book).anySatisfy(other -> {
            assertThat(other.typeId()).isEqualTo(order.typeId());
            assertThat(other.locationId()).isEqualTo(order.locationId());
        }));
        assertThat(own.stream().map(order -> beaten(order.typeId(), order.locationId(), order.isBuyOrder(),
                order.price(), book))).containsExactly(true, false, true, false);
    }

    @Test
    void anOrderIsEitherOpenOrInTheHistoryNeverBoth() {
        List<Object> open = list(get("/characters/" + PILOT + "/orders")).stream().map(o -> o.get("order_id"))
                .toList();
        List<Object> closed = list(get("/characters/" + PILOT + "/orders/history")).stream()
                .map(o -> o.get("order_id")).toList();

        assertThat(open).isNotEmpty().doesNotContainAnyElementsOf(closed);
        assertThat(closed).isNotEmpty();
        assertThat(esi.ledger().corporation(98000001L).orders().all()).extracting(MarketOrder::orderId)
                .doesNotContainAnyElementsOf(esi.ledger().corporation(98000001L).orderHistory().all().stream()
                        .map(MarketOrder::orderId).toList());
    }

    private static boolean beaten(Map<String, Object> order, List<MarketOrder> book) {
        return beaten((Long) order.get("type_id"), (Long) order.get("location_id"),
                Boolean.TRUE.equals(order.get("is_buy_order")), ((Number) order.get("price")).doubleValue(), book);
    }

    /** Whether an order of the book on the same type, station and side has a better price. */
    private static boolean beaten(long typeId, long locationId, boolean buy, double price, List<MarketOrder> book) {
        return book.stream().filter(o -> o.typeId() == typeId && o.locationId() == locationId
                && o.isBuyOrder() == buy).anyMatch(o -> buy ? o.price() > price : o.price() < price);
    }
}
