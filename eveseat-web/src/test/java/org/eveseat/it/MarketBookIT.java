package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.it.ApiResponses.assertProblem;
import static org.eveseat.it.ApiResponses.json;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.eveseat.adapter.web.wiring.StoredMarketBook;
import org.eveseat.fake.ledger.GeneratedBook;
import org.eveseat.fake.ledger.MarketOrder;
import org.junit.jupiter.api.Test;

/**
 * The region order books end to end on Payara Micro: an admin keeps Lonetrek (a region no other test reads, so the
 * server has no cached answer for it) beside The Forge, the market-book job walks the fake ESI's generated book page
 * by page into a snapshot, and the stored book equals the fake's, also after the book moved and the walk met a 5xx, a
 * cut-short body and a change of ESI's book in the middle of the walk; the book, its changes and the regions are read
 * over REST with names, and bad input is refused with problems.
 */
class MarketBookIT extends DeployedWar {
    private static final long FORGE = 10000002L;
    private static final long LONETREK = 10000016L;
    private static final long PILOT = 2112000777L;
    private static final List<Long> HUB_REGIONS = List.of(FORGE, 10000043L, 10000032L, 10000030L, 10000042L);

    @Test
    void theJobStoresTheFakesWholeBookAndKeepsItEqualThroughFaultsAndAChangeMidWalk() {
        Browser admin = admin();
        esi.resetFaults().cacheSeconds(Duration.ofSeconds(2));
        try {
            walkThroughFaults(admin);
        } finally {
            esi.cacheSeconds(null);
            keepTheHubRegions(admin);
        }
    }

    /** The default regions again, planned, for the tests after this one (they read the hubs' books). */
    private static void keepTheHubRegions(Browser admin) {
        var hubs = admin.send("PUT", "api/v1/admin/market/regions", "{\"regionIds\": " + HUB_REGIONS + "}");
        assertThat(hubs.statusCode()).as(hubs.body()).isEqualTo(200);
        EngineApi engine = new EngineApi(admin);
        for (long region : HUB_REGIONS) {
            engine.awaitPlanned("MARKET_BOOK", region);
        }
    }

    private void walkThroughFaults(Browser admin) {
        Instant started = Instant.now();
        GeneratedBook book = esi.ledger().publicData().market().generateBook(LONETREK, 12_345, 20);
        var chosen = admin.send("PUT", "api/v1/admin/market/regions", "{\"regionIds\": [" + LONETREK + ", " + FORGE
                + "]}");
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
        JsonArray regions = EngineApi.array(admin.get("api/v1/market/regions"));
        assertThat(regions.getValuesAs(JsonObject.class)).extracting(r -> r.getString("regionName"))
                .containsExactly("Lonetrek", "The Forge");
        EngineApi engine = new EngineApi(admin);
        engine.awaitPlanned("MARKET_BOOK", LONETREK);
        Browser pilot = loggedIn(PILOT, Set.of("publicData"));

        JsonObject first;
        try (LiveSocket market = LiveSocket.open(URI.create(base.toString()), pilot.sessionToken().orElseThrow())) {
            market.subscribe("market").awaitType("ws.subscribed");
            first = syncUntilStored(engine, started);
            // the publish announces the new snapshot to every logged-in screen showing a book
            JsonObject announced = market.await(message -> "market.book".equals(message.getString("type", ""))
                    && message.getJsonObject("payload").getJsonNumber("regionId").longValue() == LONETREK,
                    "market.book of Lonetrek");
            assertThat(announced.getString("topic")).isEqualTo("market");
            assertThat(announced.getJsonObject("payload").getInt("orderCount")).isEqualTo(12_345);
        }
        assertThat(first.getJsonObject("snapshot").getInt("orderCount")).isEqualTo(12_345);
        assertStoredBookEqualsFake(book);

        book.churn();
        Instant firstFetched = Instant.parse(first.getJsonObject("snapshot").getString("fetchedAt"));
        JsonObject second = EngineApi.aloneOnTheSchedule("MARKET_BOOK", LONETREK, () -> {
            // each fault costs one of the gateway's three attempts at a call: at most two land on the same call
            esi.failNext(1, 503).truncateNextBody().changeDuringPagination();
            return syncUntilStored(engine, firstFetched);
        });

        assertThat(book.version()).as("ESI's book changed in the middle of the walk").isEqualTo(2);
        assertThat(second.getJsonObject("snapshot").getInt("orderCount")).isEqualTo(book.size());
        assertStoredBookEqualsFake(book);
        assertBookAndChangesReadOverRest(pilot, book);
    }

    @Test
    void badInputAnonymousCallersAndNonAdminsAreRefusedWithProblems() {
        Browser pilot = loggedIn(PILOT, Set.of("publicData"));
        assertProblem(pilot.get("api/v1/market/book?regionId=" + FORGE), 400);
        assertProblem(pilot.get("api/v1/market/book?typeId=34"), 400);
        assertProblem(pilot.get("api/v1/market/book?typeId=abc&regionId=" + FORGE), 400);
        assertProblem(pilot.get("api/v1/market/book?typeId=34&regionId=" + FORGE + "&depth=0"), 400);
        assertProblem(pilot.get("api/v1/market/book?typeId=34&regionId=" + FORGE + "&depth=5000"), 400);
        assertProblem(pilot.get("api/v1/market/book?typeId=34&regionId=" + FORGE + "&systemId=30002187"), 400);
        assertProblem(pilot.get("api/v1/market/book?typeId=999999999&regionId=" + FORGE), 404);
        assertProblem(pilot.get("api/v1/market/book?typeId=34&regionId=10000999"), 404);
        assertProblem(pilot.get("api/v1/market/book?typeId=34&stationId=60999999"), 404);
        assertProblem(pilot.get("api/v1/market/changes?typeId=34"), 400);
        assertProblem(pilot.get("api/v1/market/changes?typeId=34&regionId=" + FORGE + "&after=yesterday"), 400);
        assertProblem(pilot.get("api/v1/market/changes?typeId=34&regionId=" + FORGE + "&limit=501"), 400);
        assertProblem(pilot.send("PUT", "api/v1/admin/market/regions", "{\"regionIds\": [" + FORGE + "]}"), 403);
        assertProblem(browser().get("api/v1/market/regions"), 401);
        assertProblem(browser().get("api/v1/market/book?typeId=34&regionId=" + FORGE), 401);

        Browser admin = admin();
        List<Long> before = keptRegions(admin);
        assertProblem(admin.send("PUT", "api/v1/admin/market/regions", "{\"regionIds\": []}"), 400);
        assertProblem(admin.send("PUT", "api/v1/admin/market/regions", "{\"regionIds\": [10000999]}"), 404);
        assertProblem(admin.send("PUT", "api/v1/admin/market/regions", "{\"regionIds\": [\"x\"]}"), 400);
        assertProblem(admin.send("PUT", "api/v1/admin/market/regions", "{\"regions\": [10000002]}"), 400);
        assertThat(keptRegions(admin)).as("a scheduled read may store a new snapshot meanwhile; the list stays")
                .isEqualTo(before);
    }

    private static List<Long> keptRegions(Browser admin) {
        return EngineApi.array(admin.get("api/v1/market/regions")).stream()
                .map(region -> region.asJsonObject().getJsonNumber("regionId").longValue()).toList();
    }

    /**
     * Runs the region's sync until it stores a snapshot fetched after {@code after} (a run that finds ESI's answer
     * still cached stores none); answers the region as listed.
     */
    private JsonObject syncUntilStored(EngineApi engine, Instant after) {
        return Await.until("a new snapshot of Lonetrek", Duration.ofSeconds(120), () -> {
            JsonObject run = engine.runJobSync("MARKET_BOOK", LONETREK);
            assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
            return region(engine.admin());
        }, forge -> forge.get("snapshot") != JsonValue.NULL
                && Instant.parse(forge.getJsonObject("snapshot").getString("fetchedAt")).isAfter(after));
    }

    private static JsonObject region(Browser browser) {
        return EngineApi.array(browser.get("api/v1/market/regions")).getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("regionId").longValue() == LONETREK).findFirst().orElseThrow();
    }

    private static void assertStoredBookEqualsFake(GeneratedBook book) {
        assertThat(StoredMarketBook.stored(IntegrationEnvironment.database(), LONETREK))
                .isEqualTo(StoredMarketBook.served(book));
    }

    private static void assertBookAndChangesReadOverRest(Browser pilot, GeneratedBook book) {
        MarketOrder busiest = book.orders().stream().collect(Collectors.groupingBy(o -> o.typeId() + "@"
                + o.locationId())).values().stream().filter(orders -> orders.stream().anyMatch(o -> !o.isBuyOrder()))
                .max(Comparator.comparingInt(List::size)).orElseThrow().get(0);
        long type = busiest.typeId();
        long station = busiest.locationId();
        List<MarketOrder> sells = book.orders().stream().filter(o -> o.typeId() == type && o.locationId() == station
                && !o.isBuyOrder()).sorted(Comparator.comparingDouble(MarketOrder::price)).toList();

        JsonObject read = json(pilot.get("api/v1/market/book?typeId=" + type + "&stationId=" + station + "&depth=3"));

        assertThat(read.getString("typeName")).isNotBlank();
        assertThat(read.getString("regionName")).isEqualTo("Lonetrek");
        assertThat(read.getJsonNumber("regionId").longValue()).isEqualTo(LONETREK);
        assertThat(read.getJsonObject("summary").getJsonNumber("bestAsk").bigDecimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(sells.get(0).price()));
        assertThat(read.getJsonObject("summary").getJsonNumber("askVolume").longValue())
                .isEqualTo(sells.stream().mapToLong(MarketOrder::volumeRemain).sum());
        JsonArray listed = read.getJsonArray("sells");
        assertThat(listed).hasSize(Math.min(3, sells.size()));
        assertThat(listed.getJsonObject(0).getJsonNumber("stationId").longValue()).isEqualTo(station);
        assertThat(listed.getJsonObject(0).getString("stationName")).isNotBlank();
        assertThat(listed.getJsonObject(0).getString("systemName")).isNotBlank();

        JsonArray changes = EngineApi.array(pilot.get("api/v1/market/changes?regionId=" + LONETREK + "&typeId="
                + type + "&limit=500"));
        assertThat(changes.getValuesAs(JsonObject.class)).extracting(c -> c.getString("kind")).isNotEmpty()
                .isSubsetOf("NEW", "PRICE", "GONE");
        assertThat(changes.getValuesAs(JsonObject.class))
                .allSatisfy(c -> assertThat(c.getString("seenAt")).isNotEmpty());
    }
}
