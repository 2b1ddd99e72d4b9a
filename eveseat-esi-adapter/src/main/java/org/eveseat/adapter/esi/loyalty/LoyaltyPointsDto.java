package org.eveseat.adapter.esi.loyalty;

/** A character's loyalty points with one corporation as ESI sends them. */
public record LoyaltyPointsDto(long corporationId, long loyaltyPoints) {
}
