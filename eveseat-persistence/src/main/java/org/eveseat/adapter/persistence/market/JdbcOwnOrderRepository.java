package org.eveseat.adapter.persistence.market;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.domain.market.model.OrderOwner;
import org.eveseat.domain.market.model.OrderRange;
import org.eveseat.domain.market.model.OrderState;
import org.eveseat.domain.market.model.OwnOrder;
import org.eveseat.domain.market.port.out.OwnOrderRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/**
 * Own orders in {@code market_own_order}, one row per owner and order: replacing the open list deletes the rows
 * still open that it no longer names and upserts the rest in one transaction; a closed order overwrites its row.
 */
@ApplicationScoped
@TransactionRequired
public class JdbcOwnOrderRepository extends JdbcRepository implements OwnOrderRepository {
    private static final String COLUMNS = "owner_kind, owner_id, order_id, type_id, region_id, location_id, "
            + "is_buy_order, price, volume_remain, volume_total, min_volume, order_range, issued, duration, escrow, "
            + "state, for_corporation, issued_by, wallet_division";
    private static final String UPSERT = "insert into market_own_order (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (owner_kind, owner_id, order_id) do update set "
            + "type_id = excluded.type_id, region_id = excluded.region_id, location_id = excluded.location_id, "
            + "is_buy_order = excluded.is_buy_order, price = excluded.price, volume_remain = excluded.volume_remain, "
            + "volume_total = excluded.volume_total, min_volume = excluded.min_volume, order_range = "
            + "excluded.order_range, issued = excluded.issued, duration = excluded.duration, escrow = "
            + "excluded.escrow, state = excluded.state, for_corporation = excluded.for_corporation, issued_by = "
            + "excluded.issued_by, wallet_division = excluded.wallet_division";

    protected JdbcOwnOrderRepository() {
        // for CDI
    }

    public JdbcOwnOrderRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public List<OwnOrder> list(OrderOwner owner, boolean open) {
        return sql().query("select " + COLUMNS + " from market_own_order where owner_kind = ? and owner_id = ? and "
                + (open ? "state = 'OPEN'" : "state <> 'OPEN'") + " order by issued desc, order_id", s -> {
                    s.setString(1, owner.kind().name());
                    s.setLong(2, owner.id());
                }, rs -> order(owner, rs));
    }

    @Override
    public void replaceOpen(OrderOwner owner, List<OwnOrder> open) {
        sql().update("delete from market_own_order where owner_kind = ? and owner_id = ? and state = 'OPEN' and "
                + "order_id <> all(?)", s -> {
                    s.setString(1, owner.kind().name());
                    s.setLong(2, owner.id());
                    s.setArray(3, s.getConnection().createArrayOf("bigint",
                            open.stream().map(OwnOrder::orderId).toArray(Long[]::new)));
                });
        save(owner, open);
    }

    @Override
    public void saveClosed(OrderOwner owner, List<OwnOrder> closed) {
        save(owner, closed);
    }

    private void save(OrderOwner owner, List<OwnOrder> orders) {
        if (!orders.isEmpty()) {
            sql().batch(UPSERT, orders, (s, order) -> bind(s, owner, order));
        }
    }

    private static void bind(PreparedStatement s, OrderOwner owner, OwnOrder o) throws SQLException {
        s.setString(1, owner.kind().name());
        s.setLong(2, owner.id());
        s.setLong(3, o.orderId());
        s.setLong(4, o.typeId().value());
        s.setLong(5, o.regionId().value());
        s.setLong(6, o.locationId());
        s.setBoolean(7, o.buyOrder());
        s.setBigDecimal(8, o.price().amount());
        s.setLong(9, o.volumeRemain());
        s.setLong(10, o.volumeTotal());
        s.setObject(11, o.minVolume(), Types.BIGINT);
        s.setString(12, o.range().name());
        s.setObject(13, Timestamps.toColumn(o.issued()));
        s.setInt(14, o.duration());
        s.setBigDecimal(15, o.escrow() == null ? null : o.escrow().amount());
        s.setString(16, o.state().name());
        s.setBoolean(17, o.forCorporation());
        s.setObject(18, o.issuedBy() == null ? null : o.issuedBy().value(), Types.BIGINT);
        s.setObject(19, o.walletDivision(), Types.INTEGER);
    }

    private static OwnOrder order(OrderOwner owner, ResultSet rs) throws SQLException {
        long issuedBy = rs.getLong(18);
        CharacterId issuer = rs.wasNull() ? null : new CharacterId(issuedBy);
        int division = rs.getInt(19);
        Integer walletDivision = rs.wasNull() ? null : division;
        return new OwnOrder(owner, rs.getLong(3), new TypeId(rs.getLong(4)), new RegionId(rs.getLong(5)),
                rs.getLong(6), rs.getBoolean(7), new Isk(rs.getBigDecimal(8)), rs.getLong(9), rs.getLong(10),
                rs.getObject(11, Long.class), OrderRange.valueOf(rs.getString(12)),
                Timestamps.fromColumn(rs.getObject(13, OffsetDateTime.class)), rs.getInt(14),
                rs.getBigDecimal(15) == null ? null : new Isk(rs.getBigDecimal(15)),
                OrderState.valueOf(rs.getString(16)), rs.getBoolean(17), issuer, walletDivision);
    }
}
