package org.eveseat.fake.ledger;

import java.time.Instant;
import java.util.Arrays;

/**
 * The orders of one version of a generated region book, column by column (about 60 bytes an order, so The Forge's
 * 400,000 fit in 25 MB), each written as ESI's JSON only when a page is served.
 */
final class BookOrders {
    static final String[] RANGES = {"station", "solarsystem", "region", "1", "2", "3", "4", "5", "10", "20", "30",
            "40"};

    final long[] id;
    final long[] type;
    final long[] location;
    final long[] system;
    final boolean[] buy;
    final long[] cents;
    final long[] total;
    final long[] remain;
    final long[] minVolume;
    final byte[] range;
    final long[] issued;
    final short[] duration;
    int size;

    BookOrders(int capacity) {
        id = new long[capacity];
        type = new long[capacity];
        location = new long[capacity];
        system = new long[capacity];
        buy = new boolean[capacity];
        cents = new long[capacity];
        total = new long[capacity];
        remain = new long[capacity];
        minVolume = new long[capacity];
        range = new byte[capacity];
        issued = new long[capacity];
        duration = new short[capacity];
    }

    /** Appends order {@code i} of {@code from}; answers its index here. */
    int copy(BookOrders from, int i) {
        int at = size++;
        id[at] = from.id[i];
        type[at] = from.type[i];
        location[at] = from.location[i];
        system[at] = from.system[i];
        buy[at] = from.buy[i];
        cents[at] = from.cents[i];
        total[at] = from.total[i];
        remain[at] = from.remain[i];
        minVolume[at] = from.minVolume[i];
        range[at] = from.range[i];
        issued[at] = from.issued[i];
        duration[at] = from.duration[i];
        return at;
    }

    /** Order {@code i} as ESI writes it in {@code GET /markets/{region_id}/orders}. */
    String json(int i) {
        return "{\"duration\":" + duration[i] + ",\"is_buy_order\":" + buy[i] + ",\"issued\":\""
                + Instant.ofEpochSecond(issued[i]) + "\",\"location_id\":" + location[i] + ",\"min_volume\":"
                + minVolume[i] + ",\"order_id\":" + id[i] + ",\"price\":" + price(cents[i]) + ",\"range\":\""
                + RANGES[range[i]] + "\",\"system_id\":" + system[i] + ",\"type_id\":" + type[i]
                + ",\"volume_remain\":" + remain[i] + ",\"volume_total\":" + total[i] + "}";
    }

    /** Order {@code i} as the ledger's record, for tests that compare what was stored with what was served. */
    MarketOrder record(int i, long regionId) {
        return new MarketOrder(id[i], type[i], regionId, system[i], location[i], cents[i] / 100.0, total[i], remain[i],
                minVolume[i], buy[i], duration[i], Instant.ofEpochSecond(issued[i]), RANGES[range[i]], null, false,
                null, null, null);
    }

    /** The index of the order with this id, or -1; ids are ascending except for orders added later. */
    int indexOf(long orderId) {
        for (int i = 0; i < size; i++) {
            if (id[i] == orderId) {
                return i;
            }
        }
        return -1;
    }

    private static String price(long cents) {
        long whole = cents / 100;
        long rest = cents % 100;
        return rest == 0 ? Long.toString(whole) : whole + (rest % 10 == 0 ? "." + rest / 10 : rest < 10 ? ".0" + rest
                : "." + rest);
    }

    @Override
    public String toString() {
        return size + " orders, first ids " + Arrays.toString(Arrays.copyOf(id, Math.min(3, size)));
    }
}
