package org.eveseat.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.domain.market.OwnOrderFixtures.buy;
import static org.eveseat.domain.market.OwnOrderFixtures.order;
import static org.eveseat.domain.market.OwnOrderFixtures.sell;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.eveseat.domain.market.model.OrderOwner;
import org.eveseat.domain.market.model.OrderState;
import org.eveseat.domain.market.model.OwnOrder;
import org.eveseat.domain.market.port.out.OwnOrderRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;

/**
 * What every {@link OwnOrderRepository} keeps: each owner's open orders as last listed, closed orders as saved,
 * every field as it was given. A test class implements it with an empty repository per test.
 */
public interface OwnOrderRepositoryContract {
    OrderOwner PILOT = OrderOwner.of(new CharacterId(2112625428L));
    OrderOwner CORPORATION = OrderOwner.of(new CorporationId(98000001L));

    /** An empty store. */
    OwnOrderRepository orders();

    @Test
    default void openOrdersAreReplacedAsListedAndReadBackWhole() {
        OwnOrder bid = buy(PILOT, 1001, "4.05");
        OwnOrder ask = sell(PILOT, 1002, "5.10");
        orders().replaceOpen(PILOT, List.of(bid, ask));
        orders().replaceOpen(CORPORATION, List.of(sell(CORPORATION, 2001, "7.00")));

        assertThat(orders().list(PILOT, true)).containsExactly(ask, bid);

        OwnOrder repriced = sell(PILOT, 1002, "5.01");
        orders().replaceOpen(PILOT, List.of(repriced));

        assertThat(orders().list(PILOT, true)).as("an order no longer listed closed").containsExactly(repriced);
        assertThat(orders().list(CORPORATION, true)).extracting(OwnOrder::orderId).containsExactly(2001L);
        assertThat(orders().list(CORPORATION, true).get(0).issuedBy()).isEqualTo(new CharacterId(2112625428L));
        assertThat(orders().list(CORPORATION, true).get(0).walletDivision()).isEqualTo(2);
    }

    @Test
    default void anOrderThatClosedMovesToTheHistoryAndStaysThere() {
        orders().replaceOpen(PILOT, List.of(sell(PILOT, 1003, "5.10"), buy(PILOT, 1004, "4.00")));
        OwnOrder expired = order(PILOT, 1003, false, "5.10", OrderState.EXPIRED);
        OwnOrder cancelled = order(PILOT, 1005, true, "3.00", OrderState.CANCELLED);

        orders().saveClosed(PILOT, List.of(expired, cancelled));
        orders().replaceOpen(PILOT, List.of(buy(PILOT, 1004, "4.00")));

        assertThat(orders().list(PILOT, false)).containsExactly(cancelled, expired);
        assertThat(orders().list(PILOT, true)).extracting(OwnOrder::orderId).containsExactly(1004L);
        assertThat(orders().list(CORPORATION, false)).isEmpty();
    }
}
