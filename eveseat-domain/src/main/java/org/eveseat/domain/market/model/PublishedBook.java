package org.eveseat.domain.market.model;

import org.eveseat.domain.shared.Require;

/** A snapshot made current, and the order changes recorded against the one it replaced. */
public record PublishedBook(BookSnapshot snapshot, long newOrders, long priceChanges, long goneOrders) {
    public PublishedBook {
        Require.present(snapshot, "snapshot");
    }
}
