package org.eveseat.adapter.persistence.market;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.domain.market.model.BookPage;
import org.eveseat.domain.market.model.BookWalk;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.BookSnapshot;
import org.eveseat.domain.market.model.OrderChangeKind;
import org.eveseat.domain.market.port.out.BookSnapshotRepository;
import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.RegionId;

/**
 * Snapshots as partitions of {@code market_order}: a walk fills a table of its own ({@link SnapshotTable}) by COPY,
 * without indexes, its progress in {@code market_snapshot} in the same transaction; {@link BookPublication} indexes
 * and attaches it and swaps the region's current snapshot in one transaction; {@link OrderChanges} then records what
 * changed against the snapshot before, in a transaction of its own.
 */
@ApplicationScoped
@TransactionRequired
public class JdbcBookSnapshotRepository extends JdbcRepository implements BookSnapshotRepository {
    private static final String WALK = "select snapshot_id, region_id, page_count, last_modified, pages_stored, "
            + "walks, fetched_at, expires_at from market_snapshot ";

    protected JdbcBookSnapshotRepository() {
        // for CDI
    }

    public JdbcBookSnapshotRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public BookWalk begin(RegionId regionId, BookPage first, Instant fetchedAt, int walks) {
        return OneTransaction.run(dataSource(), c -> {
            for (long old : SnapshotTable.ids(c, "select snapshot_id from market_snapshot where region_id = "
                    + regionId.value() + " and state = 'LOADING'")) {
                SnapshotTable.drop(c, old);
            }
            long id;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select nextval('market_snapshot_seq')")) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement insert = c.prepareStatement("insert into market_snapshot (snapshot_id, region_id, "
                    + "state, fetched_at, expires_at, last_modified, page_count, pages_stored, walks, order_count) "
                    + "values (?, ?, 'LOADING', ?, ?, ?, ?, 0, ?, 0)")) {
                insert.setLong(1, id);
                insert.setLong(2, regionId.value());
                insert.setObject(3, Timestamps.toColumn(fetchedAt));
                insert.setObject(4, Timestamps.toColumn(first.expires()));
                insert.setString(5, first.lastModified());
                insert.setInt(6, first.count());
                insert.setInt(7, walks);
                insert.executeUpdate();
            }
            SnapshotTable.create(c, id);
            BookWalk walk = new BookWalk(regionId, id, first.count(), first.lastModified(), 0, walks, fetchedAt,
                    first.expires());
            append(c, walk, 1, first.orders());
            return walk.stored(1);
        });
    }

    @Override
    public Optional<BookWalk> unfinished(RegionId regionId) {
        return sql().query(WALK + "where region_id = ? and state = 'LOADING'", s -> s.setLong(1, regionId.value()),
                JdbcBookSnapshotRepository::walk).stream().findFirst();
    }

    @Override
    public void append(BookWalk walk, int pages, List<MarketOrder> orders) {
        OneTransaction.run(dataSource(), c -> {
            append(c, walk, pages, orders);
            return null;
        });
    }

    private static void append(Connection c, BookWalk walk, int pages, List<MarketOrder> orders) throws SQLException {
        MarketOrderRows.copy(c, SnapshotTable.name(walk.snapshotId()), walk.snapshotId(), orders);
        try (PreparedStatement progress = c.prepareStatement("update market_snapshot set pages_stored = pages_stored "
                + "+ ?, order_count = order_count + ? where snapshot_id = ? and state = 'LOADING' "
                + "and pages_stored = ?")) {
            progress.setInt(1, pages);
            progress.setLong(2, orders.size());
            progress.setLong(3, walk.snapshotId());
            progress.setInt(4, walk.pagesStored());
            if (progress.executeUpdate() != 1) {
                throw new ConflictException("the order book walk " + walk.snapshotId() + " of region "
                        + walk.regionId() + " is no longer at page " + walk.pagesStored());
            }
        }
    }

    @Override
    public void discard(BookWalk walk) {
        OneTransaction.run(dataSource(), c -> {
            SnapshotTable.drop(c, walk.snapshotId());
            return null;
        });
    }

    @Override
    public BookSnapshot publish(BookWalk walk) {
        return OneTransaction.run(dataSource(), c -> BookPublication.publish(c, walk));
    }

    @Override
    public Map<OrderChangeKind, Long> recordChanges(RegionId regionId, Instant seenAt) {
        return OneTransaction.run(dataSource(), c -> OrderChanges.record(c, regionId, seenAt));
    }

    @Override
    public void confirm(RegionId regionId, Instant expires) {
        sql().update("update market_snapshot set expires_at = ? where region_id = ? and state = 'CURRENT'", s -> {
            s.setObject(1, Timestamps.toColumn(expires));
            s.setLong(2, regionId.value());
        });
    }

    @Override
    public Optional<RegionId> regionOfStation(long stationId) {
        return sql().query("select s.region_id from market_order o join market_snapshot s on s.snapshot_id = "
                + "o.snapshot_id where o.location_id = ? and s.state = 'CURRENT' limit 1",
                s -> s.setLong(1, stationId), rs -> new RegionId(rs.getLong(1))).stream().findFirst();
    }

    private static BookWalk walk(ResultSet rs) throws SQLException {
        return new BookWalk(new RegionId(rs.getLong(2)), rs.getLong(1), rs.getInt(3), rs.getString(4), rs.getInt(5),
                rs.getInt(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
                rs.getObject(8, OffsetDateTime.class).toInstant());
    }
}
