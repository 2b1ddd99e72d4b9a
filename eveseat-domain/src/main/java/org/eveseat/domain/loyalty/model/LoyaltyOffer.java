package org.eveseat.domain.loyalty.model;

import java.util.List;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * An offer in an NPC corporation's loyalty store: {@code quantity} of a type for LP, ISK, analysis kredits (null
 * when not asked) and required items.
 */
public record LoyaltyOffer(long offerId, TypeId typeId, long quantity, long lpCost, Isk iskCost, Long akCost,
                           List<RequiredItem> requiredItems) {
    public LoyaltyOffer {
        Require.positive(offerId, "offer id");
        Require.present(typeId, "type id");
        Require.positive(quantity, "quantity");
        Require.notNegative(lpCost, "LP cost");
        Require.present(iskCost, "ISK cost");
        requiredItems = Require.list(requiredItems, "required items");
    }

    public record RequiredItem(TypeId typeId, long quantity) {
        public RequiredItem {
            Require.present(typeId, "type id");
            Require.positive(quantity, "quantity");
        }
    }
}
