package org.eveseat.fake.ledger;

import org.eveseat.fake.Json;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public market data: region and structure order books (small lists by default, or generated at full size),
 * region types, history, prices and groups.
 */
public final class MarketLedger {

    private static final Map<Long, Integer> HUB_BOOK_SIZES = Map.of(10000002L, 400_000, 10000043L, 200_000,
            10000032L, 150_000, 10000030L, 125_000, 10000042L, 125_000);

    private final Instant now;
    private final Map<Long, RecordList<MarketOrder>> regionOrders = new ConcurrentHashMap<>();
    private final Map<Long, GeneratedBook> generatedBooks = new ConcurrentHashMap<>();
    private final Map<Long, RecordList<Long>> regionTypes = new ConcurrentHashMap<>();
    private final Map<Long, RecordList<MarketOrder>> structureOrders = new ConcurrentHashMap<>();
    private final Map<String, RecordList<MarketDay>> history = new ConcurrentHashMap<>();
    private final RecordList<MarketPrice> prices;
    private final RecordList<Long> groups;

    MarketLedger(Instant now) {
        this.now = now;
        prices = new RecordList<>(() -> Sde.get().types().values().stream().filter(type -> type.marketGroupId() != null)
                .map(type -> new MarketPrice(type.id(), price(type.id()) * 0.98, price(type.id()))).toList(), null);
        groups = new RecordList<>(() -> Sde.get().types().values().stream().map(Sde.ItemType::marketGroupId)
                .filter(Objects::nonNull).distinct().sorted().toList(), null);
    }

    /** The order book of a region: 40 orders by default, in its first system. */
    public RecordList<MarketOrder> regionOrders(long regionId) {
        return regionOrders.computeIfAbsent(regionId, id -> new RecordList<>(() -> regionBook(id), MarketOrder::newer));
    }

    /**
     * Serves the region's order book at full size instead of the 40 default orders: {@code size} orders generated
     * from {@code seed} (the same seed, region and size give the same book), moving each time it is churned.
     */
    public GeneratedBook generateBook(long regionId, int size, long seed) {
        GeneratedBook book = new GeneratedBook(regionId, size, seed, now);
        generatedBooks.put(regionId, book);
        return book;
    }

    /**
     * Generated books for the five trade hub regions, sized like ESI's at {@code scale} 1: The Forge 400,000 orders,
     * Domain 200,000, Sinq Laison 150,000, Heimatar and Metropolis 125,000 each (about 1 million in all).
     */
    public void generateHubBooks(double scale, long seed) {
        HUB_BOOK_SIZES.forEach((region, size) -> generateBook(region, (int) Math.max(1, Math.round(size * scale)),
                seed));
    }

    /** Every generated book moves on to its next version. */
    public void churnGeneratedBooks() {
        generatedBooks.values().forEach(GeneratedBook::churn);
    }

    /** The generated book of the region, if one was made. */
    public Optional<GeneratedBook> generatedBook(long regionId) {
        return Optional.ofNullable(generatedBooks.get(regionId));
    }

    /** The types with orders in a region; by default those of the region's order book. */
    public RecordList<Long> regionTypes(long regionId) {
        return regionTypes.computeIfAbsent(regionId, id -> new RecordList<>(() -> regionOrders(id).all().stream()
                .map(MarketOrder::typeId).distinct().sorted().toList(), type -> type + 1_000_000));
    }

    /** The order book of a structure market. */
    public RecordList<MarketOrder> structureOrders(long structureId) {
        return structureOrders.computeIfAbsent(structureId, id -> new RecordList<>(
                () -> MarketOrder.generate(id, 25, now, null).stream()
                        .map(order -> at(order, order.regionId(), order.systemId(), id)).toList(),
                MarketOrder::newer));
    }

    /** A type's daily history in a region, oldest first; Tritanium in The Forge is real data from ESI. */
    public RecordList<MarketDay> history(long regionId, long typeId) {
        return history.computeIfAbsent(regionId + "/" + typeId,
                key -> new RecordList<>(() -> days(regionId, typeId), null));
    }

    public RecordList<MarketPrice> prices() {
        return prices;
    }

    public RecordList<Long> groups() {
        return groups;
    }

    private List<MarketOrder> regionBook(long regionId) {
        boolean forge = regionId == Samples.THE_FORGE;
        long systemId = forge ? Samples.JITA : Sde.get().systems().values().stream()
                .filter(s -> s.regionId() == regionId).findFirst().map(Sde.SolarSystem::id).orElse(Samples.JITA);
        long stationId = forge ? Samples.JITA_4_4 : Sde.get().stations().values().stream()
                .filter(s -> s.systemId() == systemId).findFirst().map(Sde.Station::id).orElse(Samples.JITA_4_4);
        return MarketOrder.generate(regionId, 40, now, null).stream()
                .map(order -> at(order, regionId, systemId, stationId)).toList();
    }

    private static MarketOrder at(MarketOrder order, long regionId, long systemId, long locationId) {
        return new MarketOrder(order.orderId(), order.typeId(), regionId, systemId, locationId, order.price(),
                order.volumeTotal(), order.volumeRemain(), order.minVolume(), order.isBuyOrder(), order.duration(),
                order.issued(), order.range(), null, false, null, null, null);
    }

    private List<MarketDay> days(long regionId, long typeId) {
        if (regionId == Samples.THE_FORGE && typeId == 34) {
            return realTritanium();
        }
        Samples samples = Samples.of(regionId * 1_000_003 + typeId, "history");
        double price = price(typeId);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<MarketDay> days = new ArrayList<>();
        for (int back = 30; back >= 1; back--) {
            double average = Math.round(price * (0.9 + samples.isk(0, 0.2)) * 100) / 100.0;
            days.add(new MarketDay(today.minusDays(back), average, Math.round(average * 105) / 100.0,
                    Math.round(average * 95) / 100.0, samples.between(10, 3000), samples.between(100, 9_000_000)));
        }
        return days;
    }

    /** The captured history, moved forward so that its last day is yesterday. */
    private List<MarketDay> realTritanium() {
        List<MarketDay> captured = Resources.list("market_history_10000002_34.json").stream()
                .map(day -> Json.toRecord(day, MarketDay.class)).toList();
        LocalDate yesterday = LocalDate.ofInstant(now.minus(Duration.ofDays(1)), ZoneOffset.UTC);
        long shift = ChronoUnit.DAYS.between(captured.get(captured.size() - 1).date(), yesterday);
        return captured.stream().map(day -> new MarketDay(day.date().plusDays(shift), day.average(), day.highest(),
                day.lowest(), day.orderCount(), day.volume())).toList();
    }

    /** A stable price for a type, around its SDE-ish value. */
    static double price(long typeId) {
        return Math.round((5 + Math.floorMod(typeId * 7919, 100_000) * 13.7) * 100) / 100.0;
    }
}
