package org.eveseat.adapter.persistence.market;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.market.model.BookSnapshot;
import org.eveseat.domain.market.model.BookWalk;
import org.eveseat.domain.market.model.OrderChangeKind;
import org.eveseat.domain.market.model.PublishedBook;

/**
 * Publishing a walked snapshot, on one connection in one transaction: index and attach its table, record the order
 * changes against the current snapshot (none for a region's first), make it current and the old one previous, and
 * drop the snapshots before that. Readers keep reading the previous snapshot's partition until the next publish, so
 * a statement that began before the swap never loses its table. Changes are kept for {@link #CHANGES_KEPT}.
 */
final class BookPublication {
    static final Duration CHANGES_KEPT = Duration.ofDays(1);

    private final Connection c;
    private final BookWalk walk;
    private final Instant seenAt;

    BookPublication(Connection c, BookWalk walk, Instant seenAt) {
        this.c = c;
        this.walk = walk;
        this.seenAt = seenAt;
    }

    PublishedBook publish() throws SQLException {
        long region = walk.regionId().value();
        List<Long> current = SnapshotTable.ids(c, "select snapshot_id from market_snapshot where region_id = " + region
                + " and state = 'CURRENT'");
        SnapshotTable.attach(c, walk.snapshotId());
        Map<OrderChangeKind, Long> changes = current.isEmpty() ? new EnumMap<>(OrderChangeKind.class)
                : recordChanges(current.get(0));
        for (long old : SnapshotTable.ids(c, "select snapshot_id from market_snapshot where region_id = " + region
                + " and state = 'PREVIOUS'")) {
            SnapshotTable.drop(c, old);
        }
        SnapshotTable.execute(c, "update market_snapshot set state = 'PREVIOUS' where region_id = " + region
                + " and state = 'CURRENT'");
        long orders;
        try (PreparedStatement swap = c.prepareStatement("update market_snapshot set state = 'CURRENT' where "
                + "snapshot_id = ? and state = 'LOADING' returning order_count")) {
            swap.setLong(1, walk.snapshotId());
            try (ResultSet rs = swap.executeQuery()) {
                rs.next();
                orders = rs.getLong(1);
            }
        }
        try (PreparedStatement prune = c.prepareStatement("delete from market_order_change where region_id = ? "
                + "and seen_at < ?")) {
            prune.setLong(1, region);
            prune.setObject(2, Timestamps.toColumn(seenAt.minus(CHANGES_KEPT)));
            prune.executeUpdate();
        }
        BookSnapshot snapshot = new BookSnapshot(walk.regionId(), walk.snapshotId(), walk.fetchedAt(),
                walk.expiresAt(), orders);
        return new PublishedBook(snapshot, changes.getOrDefault(OrderChangeKind.NEW, 0L),
                changes.getOrDefault(OrderChangeKind.PRICE, 0L), changes.getOrDefault(OrderChangeKind.GONE, 0L));
    }

    /** New, repriced and gone orders, by order id, between the current snapshot and the new one. */
    private Map<OrderChangeKind, Long> recordChanges(long current) throws SQLException {
        String sql = "with changed as (insert into market_order_change (region_id, type_id, seen_at, order_id, "
                + "location_id, is_buy, kind, old_price, new_price, volume_remain) "
                + "select ?, coalesce(n.type_id, o.type_id), ?, coalesce(n.order_id, o.order_id), "
                + "coalesce(n.location_id, o.location_id), coalesce(n.is_buy, o.is_buy), "
                + "case when o.order_id is null then 'NEW' when n.order_id is null then 'GONE' else 'PRICE' end, "
                + "o.price, n.price, coalesce(n.volume_remain, o.volume_remain) "
                + "from " + SnapshotTable.name(walk.snapshotId()) + " n full join " + SnapshotTable.name(current)
                + " o on o.order_id = n.order_id "
                + "where o.order_id is null or n.order_id is null or o.price <> n.price returning kind) "
                + "select kind, count(*) from changed group by kind";
        Map<OrderChangeKind, Long> counts = new EnumMap<>(OrderChangeKind.class);
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            insert.setLong(1, walk.regionId().value());
            insert.setObject(2, Timestamps.toColumn(seenAt));
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    counts.put(OrderChangeKind.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
        }
        return counts;
    }
}
