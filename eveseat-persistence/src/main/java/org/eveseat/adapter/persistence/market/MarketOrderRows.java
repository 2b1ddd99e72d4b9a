package org.eveseat.adapter.persistence.market;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.OrderRange;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

/**
 * The columns of {@code market_order}: COPY text in (the same text for the benchmark's raw COPY), domain orders out.
 */
public final class MarketOrderRows {
    public static final String COLUMNS = "snapshot_id, order_id, type_id, location_id, system_id, is_buy, price, "
            + "volume_remain, volume_total, min_volume, order_range, issued, duration";
    /**
     * What a reader selects, in the order {@link #order} reads it: price in cents and issued in epoch seconds, which
     * read as plain numbers (a book of thousands of orders spends its time turning text into decimals and dates).
     */
    static final String SELECTED = "order_id, type_id, is_buy, (price * 100)::bigint, volume_remain, volume_total, "
            + "min_volume, order_range, location_id, system_id, extract(epoch from issued)::bigint, duration";
    /** Sells cheapest first, then buys dearest first, as the book lists them. */
    static final String BOOK_ORDER = "is_buy, case when is_buy then -price else price end, order_id";
    private static final int SLICE = 1_000;
    /** Each range by its stored word, looked up once per row rather than searched. */
    private static final Map<String, OrderRange> RANGES = Arrays.stream(OrderRange.values())
            .collect(Collectors.toUnmodifiableMap(MarketOrderRows::range, range -> range));

    private MarketOrderRows() {
    }

    /** COPY in slices, so the server parses one while the next is encoded. */
    static void copy(Connection connection, String table, long snapshotId, List<MarketOrder> orders)
            throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + COLUMNS + ") from stdin");
        try {
            for (int from = 0; from < orders.size(); from += SLICE) {
                byte[] text = text(snapshotId, orders.subList(from, Math.min(from + SLICE, orders.size())))
                        .getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(text, 0, text.length);
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** COPY's text format: every column is a number, a boolean, an ESI range word or an instant, none escaped. */
    public static String text(long snapshotId, List<MarketOrder> orders) {
        StringBuilder out = new StringBuilder(orders.size() * 120);
        for (MarketOrder o : orders) {
            out.append(snapshotId).append('\t').append(o.orderId()).append('\t').append(o.typeId().value())
                    .append('\t').append(o.locationId()).append('\t').append(o.systemId().value()).append('\t')
                    .append(o.buyOrder() ? 't' : 'f').append('\t').append(o.price().amount().toPlainString())
                    .append('\t').append(o.volumeRemain()).append('\t').append(o.volumeTotal()).append('\t')
                    .append(o.minVolume()).append('\t').append(range(o.range())).append('\t').append(o.issued())
                    .append('\t').append(o.duration()).append('\n');
        }
        return out.toString();
    }

    /** Reads the columns of {@link #SELECTED}. */
    static MarketOrder order(ResultSet rs) throws SQLException {
        return new MarketOrder(rs.getLong(1), new TypeId(rs.getLong(2)), rs.getBoolean(3),
                new Isk(BigDecimal.valueOf(rs.getLong(4), 2)), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                RANGES.getOrDefault(rs.getString(8), OrderRange.UNKNOWN), rs.getLong(9),
                new SolarSystemId(rs.getLong(10)), Instant.ofEpochSecond(rs.getLong(11)), rs.getInt(12));
    }

    static String range(OrderRange range) {
        return range == OrderRange.UNKNOWN ? "unknown" : range.esiValue();
    }
}
