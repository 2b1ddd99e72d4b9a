package org.eveseat.adapter.persistence.market;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.eveseat.domain.market.model.BookSnapshot;
import org.eveseat.domain.market.model.BookWalk;
import org.eveseat.domain.shared.ConflictException;

/**
 * Publishing a walked snapshot, on one connection in one transaction: index and attach its table, drop the
 * snapshots before the current one, make the current one previous and the new one current. Readers keep reading the
 * previous snapshot's partition until the next publish, so a statement that began before the swap never loses its
 * table; the previous one is also what the new one's order changes are recorded against.
 */
final class BookPublication {
    private BookPublication() {
    }

    static BookSnapshot publish(Connection c, BookWalk walk) throws SQLException {
        long region = walk.regionId().value();
        SnapshotTable.attach(c, walk.snapshotId());
        for (long old : SnapshotTable.ids(c, "select snapshot_id from market_snapshot where region_id = " + region
                + " and state = 'PREVIOUS'")) {
            SnapshotTable.drop(c, old);
        }
        SnapshotTable.execute(c, "update market_snapshot set state = 'PREVIOUS' where region_id = " + region
                + " and state = 'CURRENT'");
        try (PreparedStatement swap = c.prepareStatement("update market_snapshot set state = 'CURRENT' where "
                + "snapshot_id = ? and state = 'LOADING' returning order_count")) {
            swap.setLong(1, walk.snapshotId());
            try (ResultSet rs = swap.executeQuery()) {
                if (!rs.next()) {
                    throw new ConflictException("the order book walk " + walk.snapshotId() + " of region "
                            + walk.regionId() + " is no longer unfinished");
                }
                return new BookSnapshot(walk.regionId(), walk.snapshotId(), walk.fetchedAt(), walk.expiresAt(),
                        rs.getLong(1));
            }
        }
    }
}
