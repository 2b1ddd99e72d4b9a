package org.eveseat.domain.market.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.model.LiveTopics;
import org.eveseat.domain.market.model.PublishedBook;

/**
 * The event of a region's new order book snapshot, on the public {@code market} topic: screens showing a book of
 * that region load it again instead of waiting for the snapshot's expiry.
 */
final class BookEvents {
    static final String PUBLISHED = "market.book";

    private BookEvents() {
    }

    static LiveEvent published(PublishedBook book, Instant at) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("regionId", book.snapshot().regionId().value());
        payload.put("snapshotId", book.snapshot().snapshotId());
        payload.put("fetchedAt", book.snapshot().fetchedAt().toString());
        payload.put("expiresAt", book.snapshot().expiresAt().toString());
        payload.put("orderCount", book.snapshot().orderCount());
        payload.put("newOrders", book.newOrders());
        payload.put("priceChanges", book.priceChanges());
        payload.put("goneOrders", book.goneOrders());
        return new LiveEvent(PUBLISHED, LiveTopics.MARKET, at, payload);
    }
}
