package org.eveseat.fake.ledger;

/** An average and adjusted price of a type ({@code GET /markets/prices}). */
public record MarketPrice(long typeId, Double adjustedPrice, Double averagePrice) {
}
