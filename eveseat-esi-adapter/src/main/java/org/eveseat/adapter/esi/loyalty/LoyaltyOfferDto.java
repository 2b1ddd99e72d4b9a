package org.eveseat.adapter.esi.loyalty;

import java.math.BigDecimal;
import java.util.List;

/** A loyalty store offer as ESI sends it; {@code ak_cost} is absent when no analysis kredits are asked. */
public record LoyaltyOfferDto(long offerId, long typeId, long quantity, long lpCost, BigDecimal iskCost, Long akCost,
                              List<RequiredItemDto> requiredItems) {
    public record RequiredItemDto(long typeId, long quantity) {
    }
}
