package org.eveseat.domain.market.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eveseat.domain.market.model.OrderOwner;
import org.eveseat.domain.market.model.OwnOrder;

/**
 * What changed between the stored open orders and ESI's new list: orders new, repriced, partly filled, or gone
 * (filled, cancelled or expired), at most {@code LISTED} of them named in the event.
 */
final class OwnOrderChanges {
    static final int LISTED = 20;

    private OwnOrderChanges() {
    }

    /** The event's payload, or null when nothing changed. */
    static Map<String, Object> between(OrderOwner owner, List<OwnOrder> before, List<OwnOrder> now) {
        Map<Long, OwnOrder> old = before.stream().collect(Collectors.toMap(OwnOrder::orderId, Function.identity()));
        List<Map<String, Object>> changes = new ArrayList<>();
        for (OwnOrder order : now) {
            OwnOrder was = old.remove(order.orderId());
            if (was == null) {
                changes.add(change(order, "new"));
            } else if (!was.price().equals(order.price())) {
                changes.add(change(order, "price"));
            } else if (was.volumeRemain() != order.volumeRemain()) {
                changes.add(change(order, "volume"));
            }
        }
        old.values().forEach(order -> changes.add(change(order, "closed")));
        if (changes.isEmpty()) {
            return null;
        }
        Map<String, Object> payload = OwnOrderEvents.payload(owner);
        payload.put("changed", changes.size());
        payload.put("changes", changes.subList(0, Math.min(LISTED, changes.size())));
        return payload;
    }

    private static Map<String, Object> change(OwnOrder order, String kind) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("orderId", order.orderId());
        change.put("typeId", order.typeId().value());
        change.put("buyOrder", order.buyOrder());
        change.put("change", kind);
        change.put("price", order.price().amount().toPlainString());
        change.put("volumeRemain", order.volumeRemain());
        return change;
    }
}
