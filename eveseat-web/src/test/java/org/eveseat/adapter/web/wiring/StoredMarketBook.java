package org.eveseat.adapter.web.wiring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.eveseat.fake.ledger.GeneratedBook;
import org.eveseat.fake.ledger.MarketOrder;

/**
 * A region's book as rows to compare: the fake ESI's generated book, and the region's current snapshot as stored
 * (order, type, station, side, price, volume remaining).
 */
public final class StoredMarketBook {
    private StoredMarketBook() {
    }

    public static Set<String> served(GeneratedBook book) {
        Set<String> rows = new TreeSet<>();
        for (MarketOrder o : book.orders()) {
            rows.add(row(o.orderId(), o.typeId(), o.locationId(), o.isBuyOrder(),
                    BigDecimal.valueOf(o.price()).setScale(2, RoundingMode.HALF_EVEN), o.volumeRemain()));
        }
        return rows;
    }

    public static Set<String> stored(DataSource database, long regionId) {
        Set<String> rows = new TreeSet<>();
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("select order_id, type_id, location_id, is_buy, price, "
                     + "volume_remain from market_order where snapshot_id = (select snapshot_id from market_snapshot "
                     + "where region_id = ? and state = 'CURRENT')")) {
            s.setLong(1, regionId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4), rs.getBigDecimal(5),
                            rs.getLong(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static String row(long id, long type, long location, boolean buy, BigDecimal price, long remain) {
        return id + "|" + type + "|" + location + "|" + buy + "|" + price.toPlainString() + "|" + remain;
    }
}
