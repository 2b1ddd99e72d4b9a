package org.eveseat.domain.market;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eveseat.domain.market.model.OrderOwner;
import org.eveseat.domain.market.model.OwnOrder;
import org.eveseat.domain.market.port.out.OwnOrderRepository;

/** Own orders in memory, keyed by owner and order id as the stored ones are. */
public class InMemoryOwnOrders implements OwnOrderRepository {
    private final Map<OrderOwner, Map<Long, OwnOrder>> orders = new ConcurrentHashMap<>();

    @Override
    public List<OwnOrder> list(OrderOwner owner, boolean open) {
        return of(owner).values().stream().filter(order -> order.open() == open)
                .sorted(Comparator.comparing(OwnOrder::issued).reversed().thenComparing(OwnOrder::orderId)).toList();
    }

    @Override
    public void replaceOpen(OrderOwner owner, List<OwnOrder> open) {
        Set<Long> listed = open.stream().map(OwnOrder::orderId).collect(Collectors.toSet());
        of(owner).values().removeIf(order -> order.open() && !listed.contains(order.orderId()));
        open.forEach(order -> of(owner).put(order.orderId(), order));
    }

    @Override
    public void saveClosed(OrderOwner owner, List<OwnOrder> closed) {
        closed.forEach(order -> of(owner).put(order.orderId(), order));
    }

    private Map<Long, OwnOrder> of(OrderOwner owner) {
        return orders.computeIfAbsent(owner, o -> new ConcurrentHashMap<>());
    }
}
