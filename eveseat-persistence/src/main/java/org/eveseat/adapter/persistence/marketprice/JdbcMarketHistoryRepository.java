package org.eveseat.adapter.persistence.marketprice;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.domain.market.model.MarketHistory;
import org.eveseat.domain.market.model.MarketHistoryDay;
import org.eveseat.domain.market.port.out.MarketHistoryRepository;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/**
 * A copy per region and type ({@code market_history_copy}: its expiry) and its days ({@code market_history}); a
 * new copy replaces the days whole, since ESI may revise the latest ones.
 */
@ApplicationScoped
@TransactionRequired
public class JdbcMarketHistoryRepository extends JdbcRepository implements MarketHistoryRepository {
    protected JdbcMarketHistoryRepository() {
        // for CDI
    }

    public JdbcMarketHistoryRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public Optional<MarketHistory> find(RegionId regionId, TypeId typeId) {
        List<Instant> expiry = sql().query("select expires_at from market_history_copy where region_id = ? and "
                + "type_id = ?", s -> bind(s, regionId, typeId), rs -> Timestamps.fromColumn(rs.getObject(1,
                OffsetDateTime.class)));
        if (expiry.isEmpty()) {
            return Optional.empty();
        }
        List<MarketHistoryDay> days = sql().query("select day, average, highest, lowest, volume, order_count from "
                + "market_history where region_id = ? and type_id = ? order by day", s -> bind(s, regionId, typeId),
                rs -> new MarketHistoryDay(rs.getObject(1, LocalDate.class), new Isk(rs.getBigDecimal(2)),
                        new Isk(rs.getBigDecimal(3)), new Isk(rs.getBigDecimal(4)), rs.getLong(5), rs.getLong(6)));
        return Optional.of(new MarketHistory(regionId, typeId, expiry.get(0), days));
    }

    @Override
    public void save(MarketHistory history) {
        sql().update("delete from market_history where region_id = ? and type_id = ?",
                s -> bind(s, history.regionId(), history.typeId()));
        sql().batch("insert into market_history (region_id, type_id, day, average, highest, lowest, volume, "
                + "order_count) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", history.days(), (s, day) -> {
                    bind(s, history.regionId(), history.typeId());
                    s.setObject(3, day.date());
                    s.setBigDecimal(4, day.average().amount());
                    s.setBigDecimal(5, day.highest().amount());
                    s.setBigDecimal(6, day.lowest().amount());
                    s.setLong(7, day.volume());
                    s.setLong(8, day.orderCount());
                });
        extend(history.regionId(), history.typeId(), history.expiresAt());
    }

    @Override
    public void extend(RegionId regionId, TypeId typeId, Instant expiresAt) {
        sql().update("insert into market_history_copy (region_id, type_id, expires_at) values (?, ?, ?) on conflict "
                + "(region_id, type_id) do update set expires_at = excluded.expires_at", s -> {
                    bind(s, regionId, typeId);
                    s.setObject(3, Timestamps.toColumn(expiresAt));
                });
    }

    private static void bind(PreparedStatement s, RegionId regionId, TypeId typeId) throws SQLException {
        s.setLong(1, regionId.value());
        s.setLong(2, typeId.value());
    }
}
