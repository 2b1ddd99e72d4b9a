package org.eveseat.adapter.persistence.market;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.market.model.BookScope;
import org.eveseat.domain.market.model.BookSnapshot;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.OrderChange;
import org.eveseat.domain.market.model.OrderChangeKind;
import org.eveseat.domain.market.model.PriceLevel;
import org.eveseat.domain.market.port.out.MarketBook;
import org.eveseat.domain.market.port.out.StationBooks;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/**
 * Reads the current snapshots. Each read is one statement that finds the region's current snapshot and reads its
 * partition (PostgreSQL prunes the others when the statement starts), so it sees one snapshot whole even while a
 * publish swaps it. A type's orders come off the {@code (type_id, location_id)} index, a station's off
 * {@code (location_id)}.
 */
@ApplicationScoped
public class JdbcMarketBook extends JdbcRepository implements MarketBook, StationBooks {
    private static final String CURRENT = "(select snapshot_id from market_snapshot where region_id = ? "
            + "and state = 'CURRENT')";

    protected JdbcMarketBook() {
        // for CDI
    }

    public JdbcMarketBook(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public Optional<BookSnapshot> snapshot(RegionId regionId) {
        return sql().query("select snapshot_id, fetched_at, expires_at, order_count from market_snapshot "
                + "where region_id = ? and state = 'CURRENT'", s -> s.setLong(1, regionId.value()),
                rs -> new BookSnapshot(regionId, rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getLong(4))).stream().findFirst();
    }

    @Override
    public List<MarketOrder> orders(TypeId typeId, BookScope scope) {
        String where = (scope.stationId() == null ? "" : " and location_id = ?")
                + (scope.systemId() == null ? "" : " and system_id = ?");
        return againIfEmpty(() -> sql().query("select " + MarketOrderRows.SELECTED
                + " from market_order where snapshot_id = " + CURRENT
                + " and type_id = ?" + where + " order by " + MarketOrderRows.BOOK_ORDER, s -> {
                    int i = 1;
                    s.setLong(i++, scope.regionId().value());
                    s.setLong(i++, typeId.value());
                    if (scope.stationId() != null) {
                        s.setLong(i++, scope.stationId());
                    }
                    if (scope.systemId() != null) {
                        s.setLong(i, scope.systemId().value());
                    }
                }, MarketOrderRows::order));
    }

    @Override
    public List<MarketOrder> sellersView(TypeId typeId, RegionId regionId, long stationId) {
        return againIfEmpty(() -> sql().query("select " + MarketOrderRows.SELECTED
                + " from market_order where snapshot_id = " + CURRENT
                + " and type_id = ? and (is_buy or location_id = ?) order by " + MarketOrderRows.BOOK_ORDER, s -> {
                    s.setLong(1, regionId.value());
                    s.setLong(2, typeId.value());
                    s.setLong(3, stationId);
                }, MarketOrderRows::order));
    }

    @Override
    public List<MarketOrder> stationOrders(RegionId regionId, long stationId) {
        return againIfEmpty(() -> sql().query("select " + MarketOrderRows.SELECTED
                + " from market_order where snapshot_id = " + CURRENT
                + " and location_id = ? order by type_id, " + MarketOrderRows.BOOK_ORDER, s -> {
                    s.setLong(1, regionId.value());
                    s.setLong(2, stationId);
                }, MarketOrderRows::order));
    }

    /** Four columns off the {@code (location_id)} index, unsorted: the caller lays them out itself. */
    @Override
    public List<PriceLevel> stationLevels(RegionId regionId, long stationId) {
        return againIfEmpty(() -> {
            try (Connection connection = dataSource().getConnection()) {
                return StationLevels.read(connection, regionId.value(), stationId);
            } catch (SQLException e) {
                throw new IllegalStateException("reading the price levels of station " + stationId + " failed", e);
            }
        });
    }

    @Override
    public List<OrderChange> changes(RegionId regionId, TypeId typeId, Instant after, int limit) {
        return sql().query("select order_id, type_id, location_id, is_buy, kind, old_price, new_price, volume_remain, "
                + "seen_at from market_order_change where region_id = ? and type_id = ? and seen_at > ? "
                + "order by seen_at desc, order_id limit ?", s -> {
                    s.setLong(1, regionId.value());
                    s.setLong(2, typeId.value());
                    s.setObject(3, Timestamps.toColumn(after));
                    s.setInt(4, limit);
                }, JdbcMarketBook::change);
    }

    /**
     * A statement finds the current snapshot when it starts and locks its partition when it reads it. If two
     * publishes of the region commit in between, the second has dropped that partition and the statement reads
     * nothing; asked again, it finds the new current one. So an empty answer is asked once more (for a type that
     * has no orders that costs one more index probe).
     */
    private static <T> List<T> againIfEmpty(Supplier<List<T>> read) {
        List<T> rows = read.get();
        return rows.isEmpty() ? read.get() : rows;
    }

    private static OrderChange change(ResultSet rs) throws SQLException {
        return new OrderChange(rs.getLong(1), new TypeId(rs.getLong(2)), rs.getLong(3), rs.getBoolean(4),
                OrderChangeKind.valueOf(rs.getString(5)), isk(rs.getBigDecimal(6)), isk(rs.getBigDecimal(7)),
                rs.getLong(8), rs.getObject(9, OffsetDateTime.class).toInstant());
    }

    private static Isk isk(BigDecimal amount) {
        return amount == null ? null : new Isk(amount);
    }
}
