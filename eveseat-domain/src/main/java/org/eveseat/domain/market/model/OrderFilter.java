package org.eveseat.domain.market.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.TypeId;

/**
 * Which orders of a region to read: of one type or of all types ({@code typeId} null). ESI only filters by side
 * within one type; for all types it always returns both sides.
 */
public record OrderFilter(OrderSide side, TypeId typeId) {
    public OrderFilter {
        Require.present(side, "order side");
        if (side != OrderSide.ALL && typeId == null) {
            throw new RuleViolationException("orders can only be filtered by side for one type");
        }
    }

    public static OrderFilter all() {
        return new OrderFilter(OrderSide.ALL, null);
    }

    public static OrderFilter of(OrderSide side, TypeId typeId) {
        Require.present(typeId, "type id");
        return new OrderFilter(side, typeId);
    }
}
