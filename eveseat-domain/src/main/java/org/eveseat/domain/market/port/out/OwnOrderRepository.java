package org.eveseat.domain.market.port.out;

import java.util.List;

import org.eveseat.domain.market.model.OrderOwner;
import org.eveseat.domain.market.model.OwnOrder;

/**
 * The stored market orders of characters and corporations. The open ones are replaced as ESI lists them; closed
 * ones (ESI's 90-day history) are kept as saved, and an order that closes moves from one to the other.
 */
public interface OwnOrderRepository {
    /** The owner's open orders, or its closed ones, newest issued first. */
    List<OwnOrder> list(OrderOwner owner, boolean open);

    /** Makes these the owner's open orders: others stored as open are dropped (they closed). */
    void replaceOpen(OrderOwner owner, List<OwnOrder> open);

    /** Stores closed orders, each replacing what was stored under its id (an open order that closed). */
    void saveClosed(OrderOwner owner, List<OwnOrder> closed);
}
