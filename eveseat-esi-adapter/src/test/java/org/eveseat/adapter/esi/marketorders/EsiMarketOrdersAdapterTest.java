package org.eveseat.adapter.esi.marketorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.market.model.CharacterOrder;
import org.eveseat.domain.market.model.ClosedCorporationOrder;
import org.eveseat.domain.market.model.CorporationOrder;
import org.eveseat.domain.market.model.MarketScopes;
import org.eveseat.domain.market.model.OrderRange;
import org.eveseat.domain.market.model.OrderState;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.fake.ledger.MarketOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EsiMarketOrdersAdapterTest {
    private static final long PILOT = 2112625428L;
    private static final long CORPORATION = 98000001L;
    private static final long FORGE = 10000002L;
    private static final Instant ISSUED = Instant.parse("2026-11-20T05:12:25Z");

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiMarketOrdersAdapter adapter = new EsiMarketOrdersAdapter(harness.settings(), harness.gateway());

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void openCharacterOrdersAreReadOnceUntilTheyExpire() {
        harness.esi().ledger().character(PILOT).orders().set(
                order(6_000_000_002L, true, "10", 45.6, true, null),
                order(6_000_000_001L, false, "region", null, false, null));
        var token = harness.token(PILOT, Set.of(MarketScopes.READ_CHARACTER_ORDERS));

        List<CharacterOrder> orders = fresh(adapter.characterOrders(new CharacterId(PILOT), token));

        assertThat(orders).containsExactly(
                new CharacterOrder(6_000_000_002L, new TypeId(34), new RegionId(FORGE), 60003760L, true,
                        Isk.of("5.37"), 1_296_000, 2_000_000, 1L, OrderRange.JUMPS_10, ISSUED, 90, Isk.of("45.60"),
                        true, OrderState.OPEN),
                new CharacterOrder(6_000_000_001L, new TypeId(34), new RegionId(FORGE), 60003760L, false,
                        Isk.of("5.37"), 1_296_000, 2_000_000, 1L, OrderRange.REGION, ISSUED, 90, null, false,
                        OrderState.OPEN));
        assertThat(adapter.characterOrders(new CharacterId(PILOT), token)).isInstanceOf(EsiResult.NotDue.class);
        assertThat(harness.esi().requestCount("/characters/" + PILOT + "/orders")).isEqualTo(1);
    }

    @Test
    void theOrderHistoryIsReadOverEveryPageWithItsStates() {
        var history = new ArrayList<>(MarketOrder.generate(PILOT, 24, Instant.now(), "expired"));
        history.add(0, order(6_000_000_003L, false, "region", null, false, "cancelled"));
        harness.esi().ledger().character(PILOT).orderHistory().set(history);
        harness.esi().pageSize(10);

        List<CharacterOrder> orders = fresh(adapter.characterOrderHistory(new CharacterId(PILOT),
                harness.token(PILOT, Set.of(MarketScopes.READ_CHARACTER_ORDERS))));

        assertThat(orders).extracting(CharacterOrder::orderId)
                .containsExactlyElementsOf(history.stream().map(MarketOrder::orderId).toList());
        assertThat(orders.get(0).state()).isEqualTo(OrderState.CANCELLED);
        assertThat(orders.subList(1, 25)).allSatisfy(o -> assertThat(o.state()).isEqualTo(OrderState.EXPIRED));
        assertThat(harness.esi().requestCount("/characters/" + PILOT + "/orders/history")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void characterOrdersNeedTheirScope() {
        assertThatThrownBy(() -> adapter.characterOrders(new CharacterId(PILOT),
                harness.token(PILOT, Set.of(MarketScopes.READ_CORPORATION_ORDERS))))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void corporationOrdersNameWhoIssuedThemAndTheirDivision() {
        harness.esi().ledger().character(PILOT).corporationId(CORPORATION).roles("Trader");
        MarketOrder bid = new MarketOrder(6_000_000_010L, 587, FORGE, 30000142L, 60003760L, 350000.0, 10, 4, 2, true,
                30, ISSUED, "station", 1_400_000.0, false, null, 90000001L, 3L);
        harness.esi().ledger().corporation(CORPORATION).orders().set(bid);

        List<CorporationOrder> orders = fresh(adapter.corporationOrders(new CorporationId(CORPORATION),
                harness.token(PILOT, Set.of(MarketScopes.READ_CORPORATION_ORDERS))));

        assertThat(orders).containsExactly(new CorporationOrder(6_000_000_010L, new TypeId(587), new RegionId(FORGE),
                60003760L, true, Isk.of("350000"), 4, 10, 2L, OrderRange.STATION, ISSUED, 30, Isk.of("1400000"),
                new CharacterId(90000001L), 3));
    }

    @Test
    void corporationOrderHistoryComesWithHowEachOrderClosed() {
        harness.esi().ledger().character(PILOT).corporationId(CORPORATION).roles("Accountant");
        MarketOrder cancelled = new MarketOrder(6_000_000_011L, 587, FORGE, 30000142L, 60003760L, 350000.0, 10, 4, 2,
                false, 30, ISSUED, "region", null, false, "cancelled", 90000001L, 2L);
        harness.esi().ledger().corporation(CORPORATION).orderHistory().set(cancelled);

        List<ClosedCorporationOrder> history = fresh(adapter.corporationOrderHistory(new CorporationId(CORPORATION),
                harness.token(PILOT, Set.of(MarketScopes.READ_CORPORATION_ORDERS))));

        assertThat(history).containsExactly(new ClosedCorporationOrder(new CorporationOrder(6_000_000_011L,
                new TypeId(587), new RegionId(FORGE), 60003760L, false, Isk.of("350000"), 4, 10, 2L,
                OrderRange.REGION, ISSUED, 30, null, new CharacterId(90000001L), 2), OrderState.CANCELLED));
    }

    @Test
    void corporationOrdersNeedTheAccountantOrTraderRole() {
        harness.esi().ledger().character(PILOT).corporationId(CORPORATION).roles("Director_of_Nothing");

        assertThatThrownBy(() -> adapter.corporationOrders(new CorporationId(CORPORATION),
                harness.token(PILOT, Set.of(MarketScopes.READ_CORPORATION_ORDERS))))
                .isInstanceOf(NotPermittedException.class);
    }

    private static MarketOrder order(long orderId, boolean buy, String range, Double escrow, boolean corporation,
                                     String state) {
        return new MarketOrder(orderId, 34, FORGE, 30000142L, 60003760L, 5.37, 2_000_000, 1_296_000, 1, buy, 90,
                ISSUED, range, escrow, corporation, state, null, null);
    }

    static <T> T fresh(EsiResult<T> result) {
        assertThat(result).isInstanceOf(EsiResult.Fresh.class);
        return ((EsiResult.Fresh<T>) result).value();
    }
}
