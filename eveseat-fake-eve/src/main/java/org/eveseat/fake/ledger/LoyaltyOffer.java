package org.eveseat.fake.ledger;

import java.util.List;

/** An offer of an NPC corporation's loyalty store. */
public record LoyaltyOffer(long offerId, long typeId, long quantity, long lpCost, long iskCost, Long akCost,
                           List<RequiredItem> requiredItems) {

    public record RequiredItem(long typeId, long quantity) {
    }
}
