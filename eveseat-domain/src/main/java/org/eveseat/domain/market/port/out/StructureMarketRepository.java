package org.eveseat.domain.market.port.out;

import java.util.List;
import java.util.Optional;

import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.StructureMarket;
import org.eveseat.domain.market.model.StructureSuggestion;
import org.eveseat.domain.shared.TypeId;

/**
 * The player structures whose markets are kept, as an admin listed them, with each one's last read and its stored
 * orders. A structure's orders are replaced whole in one transaction, so readers see the old orders or the new.
 */
public interface StructureMarketRepository {
    /** The kept structures in the admin's order. */
    List<StructureMarket> list();

    Optional<StructureMarket> find(long structureId);

    /** Keeps exactly these structures: new ones start PENDING, dropped ones lose their orders, the rest stay. */
    void keep(List<Long> structureIds);

    /** Records a read that stored no orders (refused, failed, unchanged); a structure no longer kept is left. */
    void recordState(StructureMarket market);

    /** Replaces the structure's orders and records the read, together; a structure no longer kept is left. */
    void replaceOrders(StructureMarket market, List<MarketOrder> orders);

    /** One type's stored orders at the structure: sells by price ascending, buys descending. */
    List<MarketOrder> orders(long structureId, TypeId typeId);

    /**
     * Structures not kept where open own orders of this server's users are, with their region and how many such
     * orders, the most first, at most {@code limit}; without region names.
     */
    List<StructureSuggestion> ownOrderStructures(int limit);
}
