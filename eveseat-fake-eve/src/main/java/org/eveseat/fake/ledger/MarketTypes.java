package org.eveseat.fake.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The 16,782 published types with a market group of the static data (see SOURCE.md), with their base price: what
 * a generated order book trades.
 */
record MarketTypes(long[] ids, double[] basePrices) {
    private static final class Holder {
        static final MarketTypes ALL = load();
    }

    static MarketTypes get() {
        return Holder.ALL;
    }

    int size() {
        return ids.length;
    }

    private static MarketTypes load() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = MarketTypes.class.getResourceAsStream("/org/eveseat/fake/market_types.csv.gz");
             BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                     StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split(","));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long[] ids = new long[rows.size()];
        double[] prices = new double[rows.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Long.parseLong(rows.get(i)[0]);
            prices[i] = Double.parseDouble(rows.get(i)[1]);
        }
        return new MarketTypes(ids, prices);
    }
}
