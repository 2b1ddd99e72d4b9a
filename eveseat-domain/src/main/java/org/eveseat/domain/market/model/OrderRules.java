package org.eveseat.domain.market.model;

import java.time.Instant;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/** The rules every order of a character, corporation or structure market keeps, checked in one place. */
final class OrderRules {
    private OrderRules() {
    }

    static void check(long orderId, TypeId typeId, Isk price, long volumeRemain, long volumeTotal, OrderRange range,
                      Instant issued, int duration) {
        Require.positive(orderId, "order id");
        Require.present(typeId, "type id");
        Require.present(price, "price");
        Require.notNegative(volumeRemain, "volume remaining");
        Require.positive(volumeTotal, "volume total");
        Require.present(range, "order range");
        Require.present(issued, "issued");
        Require.notNegative(duration, "duration");
    }
}
