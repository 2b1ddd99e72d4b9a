package org.eveseat.fake.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes a region's order book that looks like ESI's: the hub station holds most orders (60%), the other stations of
 * the region share the rest with a long tail; types follow a Zipf-like spread over every market type (a few hundred
 * to a few thousand orders for the busiest, a handful for most); sells sit above and buys below each type's base
 * price. The same seed, region and size always give the same book, and each {@link #churn} the same changes.
 */
final class BookGenerator {
    /** The hub station of each hub region. */
    static final Map<Long, Long> HUBS = Map.of(10000002L, 60003760L, 10000043L, 60008494L, 10000032L, 60011866L,
            10000030L, 60004588L, 10000042L, 60005686L);
    private static final double HUB_SHARE = 0.6;
    private static final byte[] BUY_RANGES = {0, 0, 0, 1, 2, 2, 3, 7, 8, 11};
    private static final short[] DURATIONS = {90, 90, 90, 90, 30, 14, 7, 3, 1};

    private final long regionId;
    private final long seed;
    private final Instant now;
    private final long[] stations;
    private final long[] stationSystems;
    private final double[] stationWeights;
    private final long[] types;
    private final double[] typeWeights;
    private final double[] basePrices;
    private long nextId;

    BookGenerator(long regionId, long seed, Instant now) {
        this.regionId = regionId;
        this.seed = seed;
        this.now = now;
        this.nextId = 6_000_000_000L + Math.floorMod(regionId, 1000L) * 20_000_000L;
        List<Sde.Station> inRegion = new ArrayList<>(Sde.get().stations().values().stream()
                .filter(s -> Sde.get().systems().get(s.systemId()) != null
                        && Sde.get().systems().get(s.systemId()).regionId() == regionId)
                .sorted(Comparator.comparingLong(Sde.Station::id)).toList());
        if (inRegion.isEmpty()) {
            throw new IllegalArgumentException("region " + regionId + " has no station in the static data");
        }
        long hub = HUBS.getOrDefault(regionId, inRegion.get(0).id());
        inRegion.sort(Comparator.comparing((Sde.Station s) -> s.id() != hub));
        shuffleTail(inRegion, new SplittableRandom(seed ^ regionId));
        stations = inRegion.stream().mapToLong(Sde.Station::id).toArray();
        stationSystems = inRegion.stream().mapToLong(Sde.Station::systemId).toArray();
        stationWeights = Weights.cumulative(stations.length, i -> i == 0 ? HUB_SHARE * Weights.zipfSum(stations.length,
                1.1) / (1 - HUB_SHARE) : Math.pow(i, -1.1));
        MarketTypes market = MarketTypes.get();
        Integer[] order = new Integer[market.size()];
        Arrays.setAll(order, i -> i);
        SplittableRandom shuffle = new SplittableRandom(seed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            Integer swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        types = Arrays.stream(order).mapToLong(i -> market.ids()[i]).toArray();
        basePrices = Arrays.stream(order).mapToDouble(i -> market.basePrices()[i]).toArray();
        typeWeights = Weights.cumulative(types.length, i -> Math.pow(i + 10, -0.9));
    }

    BookOrders generate(int size) {
        BookOrders orders = new BookOrders(size + size / 10);
        SplittableRandom random = new SplittableRandom(seed * 31 + regionId);
        for (int i = 0; i < size; i++) {
            add(orders, random);
        }
        return orders;
    }

    /** The next version: about 2% of the orders gone, 4% repriced, 5% partly filled, and 2% new ones. */
    BookOrders churn(BookOrders before, int version) {
        SplittableRandom random = new SplittableRandom(seed * 31 + regionId + version * 1_000_003L);
        BookOrders after = new BookOrders(before.size + before.size / 10 + 16);
        for (int i = 0; i < before.size; i++) {
            double roll = random.nextDouble();
            if (roll < 0.02) {
                continue;
            }
            int at = after.copy(before, i);
            if (roll < 0.06) {
                long step = Math.max(1, after.cents[at] / 500);
                after.cents[at] = Math.max(1, after.cents[at] + (after.buy[at] ? step : -step));
            } else if (roll < 0.11 && after.remain[at] > 1) {
                after.remain[at] -= 1 + random.nextLong(after.remain[at] - 1);
            }
        }
        int added = before.size / 50 + 1;
        for (int i = 0; i < added; i++) {
            add(after, random);
        }
        return after;
    }

    private void add(BookOrders orders, SplittableRandom random) {
        int t = Weights.pick(typeWeights, random);
        int s = Weights.pick(stationWeights, random);
        boolean buy = random.nextDouble() < 0.45;
        double base = basePrices[t] > 0 ? basePrices[t] : Math.pow(10, 1 + (Math.floorMod(types[t] * 7919, 600)
                / 100.0));
        double spread = 0.002 + Math.abs(random.nextGaussian()) * 0.04;
        double price = base * (buy ? 1 - spread : 1 + spread);
        int at = orders.size++;
        orders.id[at] = nextId++;
        orders.type[at] = types[t];
        orders.location[at] = stations[s];
        orders.system[at] = stationSystems[s];
        orders.buy[at] = buy;
        orders.cents[at] = Math.max(1, Math.round(price * 100));
        double maxExponent = Math.max(0.5, 7.5 - Math.log10(Math.max(1, price)));
        orders.total[at] = Math.max(1, Math.round(Math.pow(10, random.nextDouble() * maxExponent)));
        orders.remain[at] = 1 + random.nextLong(orders.total[at]);
        orders.minVolume[at] = random.nextDouble() < 0.9 ? 1 : 1 + random.nextLong(Math.max(1, orders.remain[at]));
        orders.range[at] = buy ? BUY_RANGES[random.nextInt(BUY_RANGES.length)] : 2;
        orders.duration[at] = DURATIONS[random.nextInt(DURATIONS.length)];
        orders.issued[at] = now.getEpochSecond() - random.nextLong(orders.duration[at] * 86_400L);
    }

    private static void shuffleTail(List<Sde.Station> stations, SplittableRandom random) {
        for (int i = stations.size() - 1; i > 1; i--) {
            int j = 1 + random.nextInt(i);
            stations.set(j, stations.set(i, stations.get(j)));
        }
    }
}
