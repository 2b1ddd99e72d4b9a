package org.eveseat.domain.market.model;

import java.time.Instant;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.TypeId;

/** One change of an order between snapshots: oldPrice null for NEW, newPrice null for GONE. */
public record OrderChange(long orderId, TypeId typeId, long locationId, boolean buyOrder, OrderChangeKind kind,
                          Isk oldPrice, Isk newPrice, long volumeRemain, Instant seenAt) {
}
