package org.eveseat.domain.market;

import org.eveseat.domain.market.port.out.OwnOrderRepository;

class InMemoryOwnOrdersTest implements OwnOrderRepositoryContract {
    private final InMemoryOwnOrders orders = new InMemoryOwnOrders();

    @Override
    public OwnOrderRepository orders() {
        return orders;
    }
}
