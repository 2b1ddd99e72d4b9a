package org.eveseat.domain.market.model;

import java.time.Instant;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.TypeId;

/**
 * A change of one order between two snapshots of its region, so a trader sees the book move: {@code oldPrice} is
 * null for a NEW order, {@code newPrice} null for a GONE one; a PRICE change has both.
 */
public record OrderChange(long orderId, TypeId typeId, long locationId, boolean buyOrder, OrderChangeKind kind,
                          Isk oldPrice, Isk newPrice, long volumeRemain, Instant seenAt) {
    public OrderChange {
        Require.positive(orderId, "order id");
        Require.present(typeId, "type id");
        Require.positive(locationId, "location id");
        Require.present(kind, "change kind");
        Require.notNegative(volumeRemain, "volume remaining");
        Require.present(seenAt, "seen at");
        if (kind != OrderChangeKind.NEW) {
            Require.present(oldPrice, "old price");
        }
        if (kind != OrderChangeKind.GONE) {
            Require.present(newPrice, "new price");
        }
    }
}
