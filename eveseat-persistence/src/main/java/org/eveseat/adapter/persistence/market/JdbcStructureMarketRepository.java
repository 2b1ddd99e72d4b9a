package org.eveseat.adapter.persistence.market;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.StorableTextStatements;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.StructureAccess;
import org.eveseat.domain.market.model.StructureMarket;
import org.eveseat.domain.market.model.StructureSuggestion;
import org.eveseat.domain.market.port.out.StructureMarketRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/**
 * The kept structures in {@code market_structure} (in the admin's order) and their orders in
 * {@code market_structure_order}. A read's orders replace the structure's in one transaction (delete, batch insert,
 * the read's record), so a reader's one statement sees the old orders or the new; a structure dropped from the
 * list takes its orders with it (cascade), and a read finishing after the drop stores nothing.
 */
@ApplicationScoped
@TransactionRequired
public class JdbcStructureMarketRepository extends JdbcRepository implements StructureMarketRepository {
    private static final String STATE = "name, system_id, region_id, access, via_character_id, fetched_at, "
            + "expires_at, order_count, detail";
    private static final String RECORD = "update market_structure set name = ?, system_id = ?, region_id = ?, "
            + "access = ?, via_character_id = ?, fetched_at = ?, expires_at = ?, order_count = ?, detail = ? "
            + "where structure_id = ?";
    private static final String INSERT_ORDER = "insert into market_structure_order (structure_id, order_id, type_id, "
            + "location_id, system_id, is_buy, price, volume_remain, volume_total, min_volume, order_range, issued, "
            + "duration) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int DETAIL_LENGTH = 500;

    protected JdbcStructureMarketRepository() {
        // for CDI
    }

    public JdbcStructureMarketRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public List<StructureMarket> list() {
        return sql().query("select structure_id, " + STATE + " from market_structure order by position", s -> { },
                JdbcStructureMarketRepository::market);
    }

    @Override
    public Optional<StructureMarket> find(long structureId) {
        return sql().query("select structure_id, " + STATE + " from market_structure where structure_id = ?",
                s -> s.setLong(1, structureId), JdbcStructureMarketRepository::market).stream().findFirst();
    }

    @Override
    public void keep(List<Long> structureIds) {
        OneTransaction.run(dataSource(), c -> {
            try (PreparedStatement drop = c.prepareStatement("delete from market_structure where structure_id "
                    + "<> all(?)")) {
                drop.setArray(1, c.createArrayOf("bigint", structureIds.toArray(Long[]::new)));
                drop.executeUpdate();
            }
            try (PreparedStatement add = c.prepareStatement("insert into market_structure (structure_id, position, "
                    + "access) values (?, ?, 'PENDING') on conflict (structure_id) do update set position = "
                    + "excluded.position")) {
                for (int i = 0; i < structureIds.size(); i++) {
                    add.setLong(1, structureIds.get(i));
                    add.setInt(2, i);
                    add.addBatch();
                }
                add.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void recordState(StructureMarket market) {
        OneTransaction.run(dataSource(), c -> record(c, market));
    }

    @Override
    public void replaceOrders(StructureMarket market, List<MarketOrder> orders) {
        OneTransaction.run(dataSource(), c -> {
            if (record(c, market) == 0) {
                return null;
            }
            try (PreparedStatement delete = c.prepareStatement("delete from market_structure_order where "
                    + "structure_id = ?")) {
                delete.setLong(1, market.structureId());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(INSERT_ORDER)) {
                for (MarketOrder order : orders) {
                    bind(insert, market.structureId(), order);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<MarketOrder> orders(long structureId, TypeId typeId) {
        return sql().query("select " + MarketOrderRows.SELECTED + " from market_structure_order where structure_id = ? "
                + "and type_id = ? order by " + MarketOrderRows.BOOK_ORDER, s -> {
                    s.setLong(1, structureId);
                    s.setLong(2, typeId.value());
                }, MarketOrderRows::order);
    }

    /** Own open orders at ids of player structures no admin keeps, by how many there are. */
    @Override
    public List<StructureSuggestion> ownOrderStructures(int limit) {
        return sql().query("select o.location_id, min(o.region_id), count(*) from market_own_order o "
                + "where o.state = 'OPEN' and o.location_id >= ? and not exists (select 1 from market_structure s "
                + "where s.structure_id = o.location_id) group by o.location_id order by count(*) desc, "
                + "o.location_id limit ?", s -> {
                    s.setLong(1, StructureMarket.FIRST_STRUCTURE_ID);
                    s.setInt(2, limit);
                }, rs -> new StructureSuggestion(rs.getLong(1), new RegionId(rs.getLong(2)), null, rs.getLong(3)));
    }

    /** Writes the read's record; answers 0 for a structure no longer kept. */
    private static int record(Connection c, StructureMarket m) throws SQLException {
        try (PreparedStatement update = StorableTextStatements.wrap(c.prepareStatement(RECORD))) {
            update.setString(1, m.name());
            update.setObject(2, m.systemId() == null ? null : m.systemId().value(), Types.BIGINT);
            update.setObject(3, m.regionId() == null ? null : m.regionId().value(), Types.BIGINT);
            update.setString(4, m.access().name());
            update.setObject(5, m.via() == null ? null : m.via().value(), Types.BIGINT);
            update.setObject(6, m.fetchedAt() == null ? null : Timestamps.toColumn(m.fetchedAt()));
            update.setObject(7, m.expiresAt() == null ? null : Timestamps.toColumn(m.expiresAt()));
            update.setLong(8, m.orderCount());
            update.setString(9, m.detail() == null ? null
                    : m.detail().substring(0, Math.min(DETAIL_LENGTH, m.detail().length())));
            update.setLong(10, m.structureId());
            return update.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, long structureId, MarketOrder o) throws SQLException {
        s.setLong(1, structureId);
        s.setLong(2, o.orderId());
        s.setLong(3, o.typeId().value());
        s.setLong(4, o.locationId());
        s.setLong(5, o.systemId().value());
        s.setBoolean(6, o.buyOrder());
        s.setBigDecimal(7, o.price().amount());
        s.setLong(8, o.volumeRemain());
        s.setLong(9, o.volumeTotal());
        s.setLong(10, o.minVolume());
        s.setString(11, MarketOrderRows.range(o.range()));
        s.setObject(12, Timestamps.toColumn(o.issued()));
        s.setInt(13, o.duration());
    }

    private static StructureMarket market(ResultSet rs) throws SQLException {
        long system = rs.getLong(3);
        SolarSystemId systemId = rs.wasNull() ? null : new SolarSystemId(system);
        long region = rs.getLong(4);
        RegionId regionId = rs.wasNull() ? null : new RegionId(region);
        long via = rs.getLong(6);
        CharacterId viaId = rs.wasNull() ? null : new CharacterId(via);
        OffsetDateTime fetched = rs.getObject(7, OffsetDateTime.class);
        OffsetDateTime expires = rs.getObject(8, OffsetDateTime.class);
        return new StructureMarket(rs.getLong(1), rs.getString(2), systemId, regionId,
                StructureAccess.valueOf(rs.getString(5)), viaId, fetched == null ? null : fetched.toInstant(),
                expires == null ? null : expires.toInstant(), rs.getLong(9), rs.getString(10));
    }
}
