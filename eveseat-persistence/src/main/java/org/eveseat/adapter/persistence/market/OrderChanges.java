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
import org.eveseat.domain.market.model.OrderChangeKind;
import org.eveseat.domain.shared.RegionId;

/**
 * Records the order changes of a region's current snapshot against the previous one, once: new, repriced and gone
 * orders by order id, from one hash join of the two partitions. A region's first snapshot has none. Changes older
 * than {@link #KEPT} are dropped.
 */
final class OrderChanges {
    static final Duration KEPT = Duration.ofDays(1);

    private OrderChanges() {
    }

    static Map<OrderChangeKind, Long> record(Connection c, RegionId regionId, Instant seenAt) throws SQLException {
        Map<OrderChangeKind, Long> counts = new EnumMap<>(OrderChangeKind.class);
        List<Long> current = SnapshotTable.ids(c, "select snapshot_id from market_snapshot where region_id = "
                + regionId.value() + " and state = 'CURRENT' and not changes_recorded for update");
        if (current.isEmpty()) {
            return counts;
        }
        List<Long> previous = SnapshotTable.ids(c, "select snapshot_id from market_snapshot where region_id = "
                + regionId.value() + " and state = 'PREVIOUS'");
        if (!previous.isEmpty()) {
            // the hash of one book (about 30 MB for The Forge) in memory rather than in batches on disk
            SnapshotTable.execute(c, "set local work_mem = '128MB'");
            insert(c, regionId, seenAt, current.get(0), previous.get(0), counts);
        }
        SnapshotTable.execute(c, "update market_snapshot set changes_recorded = true where snapshot_id = "
                + current.get(0));
        try (PreparedStatement prune = c.prepareStatement("delete from market_order_change where region_id = ? "
                + "and seen_at < ?")) {
            prune.setLong(1, regionId.value());
            prune.setObject(2, Timestamps.toColumn(seenAt.minus(KEPT)));
            prune.executeUpdate();
        }
        return counts;
    }

    private static void insert(Connection c, RegionId regionId, Instant seenAt, long current, long previous,
                               Map<OrderChangeKind, Long> counts) throws SQLException {
        String sql = "with changed as (insert into market_order_change (region_id, type_id, seen_at, order_id, "
                + "location_id, is_buy, kind, old_price, new_price, volume_remain) "
                + "select ?, coalesce(n.type_id, o.type_id), ?, coalesce(n.order_id, o.order_id), "
                + "coalesce(n.location_id, o.location_id), coalesce(n.is_buy, o.is_buy), "
                + "case when o.order_id is null then 'NEW' when n.order_id is null then 'GONE' else 'PRICE' end, "
                + "o.price, n.price, coalesce(n.volume_remain, o.volume_remain) "
                + "from " + SnapshotTable.name(current) + " n full join " + SnapshotTable.name(previous)
                + " o on o.order_id = n.order_id "
                + "where o.order_id is null or n.order_id is null or o.price <> n.price returning kind) "
                + "select kind, count(*) from changed group by kind";
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            insert.setLong(1, regionId.value());
            insert.setObject(2, Timestamps.toColumn(seenAt));
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    counts.put(OrderChangeKind.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
        }
    }
}
