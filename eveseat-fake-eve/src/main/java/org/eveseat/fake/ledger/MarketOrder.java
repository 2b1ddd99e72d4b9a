package org.eveseat.fake.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A market order: region, structure, character (open or history) and corporation listings each answer their
 * own subset of these fields. {@code range}: station, region, solarsystem, 1, 2, 3, 4, 5, 10, 20, 30 or 40;
 * {@code state} (history only): cancelled or expired.
 */
public record MarketOrder(long orderId, long typeId, long regionId, long systemId, long locationId, double price,
                          long volumeTotal, long volumeRemain, long minVolume, boolean isBuyOrder, long duration,
                          Instant issued, String range, Double escrow, boolean isCorporation, String state,
                          Long issuedBy, Long walletDivision) {

    /**
     * {@code count} orders in The Forge at Jita 4-4, newest first. Open orders ({@code state} null) and closed ones
     * take ids of their own: ESI never lists one order both open and in the history.
     */
    public static List<MarketOrder> generate(long ownerId, int count, Instant now, String state) {
        Samples samples = Samples.of(ownerId, "orders" + state);
        long newestId = 4_623_824_223L + Math.floorMod(ownerId, 100_000L) * 10_000L + (state == null ? 5_000 : 0)
                + count;
        return IntStream.range(0, count).mapToObj(i -> {
            boolean buy = samples.chance(0.4);
            long total = samples.between(1, 2_000_000);
            return new MarketOrder(newestId - i, samples.pick(Samples.TYPES), Samples.THE_FORGE, Samples.JITA,
                    Samples.JITA_4_4, samples.isk(3, 50_000_000), total, Math.max(1, total - samples.between(0, 1000)),
                    1, buy, 90, now.minus(Duration.ofMinutes(37L * i + 5)), buy ? "station" : "region",
                    buy ? 45.6 : null, false, state, ownerId, 1L);
        }).toList();
    }

    public MarketOrder newer() {
        return new MarketOrder(orderId + 1, typeId, regionId, systemId, locationId, price, volumeTotal, volumeTotal,
                minVolume, isBuyOrder, duration, issued.plusSeconds(60), range, escrow, isCorporation, state,
                issuedBy, walletDivision);
    }
}
