package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.it.ApiResponses.assertProblem;
import static org.eveseat.it.ApiResponses.json;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.eveseat.fake.ledger.MarketOrder;
import org.junit.jupiter.api.Test;

/**
 * Trade routes and own orders end to end on Payara Micro: The Forge's and Domain's books in the fake ESI stored by
 * the book job in PostgreSQL, then priced between Jita and Amarr as worked out by hand (10% sales tax: 30
 * Tritanium earn 37.75 along the ladders, 5 Rifters 400); the pilot's own orders synced by the scheduler and placed
 * in the stored book (its sell order at 10.50 undercut by the seller at 10.00), repriced and beaten again with a
 * live event and an alert, posted to the pilot's Discord channel too; and the refusals.
 */
class MarketTradeIT extends DeployedWar {
    private static final Set<String> SCOPES = Set.of("publicData", "esi-markets.read_character_orders.v1");
    private static final long FORGE = 10000002L;
    private static final long DOMAIN = 10000043L;
    private static final long JITA = 30000142L;
    private static final long JITA_4_4 = 60003760L;
    private static final long AMARR = 30002187L;
    private static final long AMARR_VIII = 60008494L;
    private static final long OTHER = 95465499L;
    private static final long OWN_SELL = 5_100_000_001L;
    private static final long OWN_BUY = 5_100_000_002L;
    private static final String ORDERS = "api/v1/characters/" + MAIN + "/market/orders";
    private static final Instant ISSUED = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));

    @Test
    void routesArePricedFromTheStoredBooksAndOwnOrdersArePlacedInThemWithEventsAndAlerts() {
        esi.cacheSeconds(Duration.ofSeconds(2));
        books();
        esi.ledger().character(MAIN).orders().set(own(OWN_SELL, 34, false, 10.50), own(OWN_BUY, 587, true, 90.00));
        Browser main = loggedIn(MAIN, "Main Pilot", "owner-main", SCOPES);
        EngineApi engine = new EngineApi(main);
        engine.storeBook(FORGE, 4);
        engine.storeBook(DOMAIN, 3);

        JsonObject route = json(main.get("api/v1/market/trade-routes?from=" + JITA_4_4 + "&to=" + AMARR_VIII
                + "&salesTaxPercent=10")).getJsonArray("routes").getJsonObject(0);
        int jumps = json(main.get("api/v1/route?from=" + JITA + "&to=" + AMARR + "&flag=secure")).getInt("jumps");
        assertThat(route.getString("fromStationName")).startsWith("Jita IV - Moon 4");
        assertThat(route.getString("toSystemName")).isEqualTo("Amarr");
        assertThat(route.getInt("jumps")).isEqualTo(jumps);
        assertThat(route.getJsonNumber("profit").bigDecimalValue()).isEqualByComparingTo("437.75");
        assertThat(route.getJsonNumber("iskNeeded").bigDecimalValue()).isEqualByComparingTo("820");
        assertThat(route.getJsonNumber("cargoUsed").doubleValue()).as("Rifters packaged").isEqualTo(12_500.3);
        JsonArray items = route.getJsonArray("items");
        assertThat(items.getJsonObject(0).getString("typeName")).isEqualTo("Rifter");
        assertThat(items.getJsonObject(1).getString("typeName")).isEqualTo("Tritanium");
        assertThat(items.getJsonObject(1).getInt("quantity")).isEqualTo(30);
        assertThat(items.getJsonObject(1).getJsonNumber("profit").bigDecimalValue()).isEqualByComparingTo("37.75");
        assertThat(json(main.get("api/v1/market/trade-routes?from=" + JITA_4_4 + "&cargo=5000&salesTaxPercent=10"))
                .getJsonArray("routes").getJsonObject(0).getJsonNumber("profit").bigDecimalValue())
                .as("two Rifters fill 5,000 m3").isEqualByComparingTo("160.00");

        engine.awaitPlanned("MARKET_ORDERS", MAIN);
        engine.runUntilAskedAgain("MARKET_ORDERS", MAIN);
        JsonArray open = array(main.get(ORDERS));
        JsonObject sell = order(open, OWN_SELL);
        assertThat(sell.getString("typeName")).isEqualTo("Tritanium");
        assertThat(sell.getString("regionName")).isEqualTo("The Forge");
        assertThat(sell.getJsonObject("position").getBoolean("outbid")).isTrue();
        assertThat(sell.getJsonObject("position").getJsonNumber("undercutBy").bigDecimalValue())
                .isEqualByComparingTo("0.50");
        assertThat(sell.getJsonObject("position").getInt("rank")).isEqualTo(2);
        JsonObject buy = order(open, OWN_BUY).getJsonObject("position");
        assertThat(buy.getBoolean("outbid")).isFalse();
        assertThat(buy.getInt("rank")).isEqualTo(1);
        assertThat(array(main.get(ORDERS + "?state=history"))).isNotEmpty()
                .allSatisfy(order -> assertThat(order.asJsonObject().getString("state")).isEqualTo("expired"));

        String discord = webhooks.prefix() + "api/webhooks/" + MAIN + "/trade-" + ISSUED.getEpochSecond();
        onlyChannel(main.from(origin()), discord);
        try (LiveSocket live = LiveSocket.open(uri(), main.sessionToken().orElseThrow())) {
            live.subscribe("character." + MAIN + ".market").awaitType("ws.subscribed");
            live.subscribe("character." + MAIN + ".alerts").awaitType("ws.subscribed");
            esi.ledger().character(MAIN).orders().set(own(OWN_SELL, 34, false, 10.40), own(OWN_BUY, 587, true, 90));
            esi.expireCaches();
            engine.runUntilAskedAgain("MARKET_ORDERS", MAIN);

            JsonObject change = live.awaitEvent("market.orders", "character." + MAIN + ".market")
                    .getJsonObject("payload").getJsonArray("changes").getJsonObject(0);
            assertThat(change.getJsonNumber("orderId").longValue()).isEqualTo(OWN_SELL);
            assertThat(change.getString("change")).isEqualTo("price");
            JsonObject alert = live.awaitEvent("market.outbid", "character." + MAIN + ".alerts")
                    .getJsonObject("payload").getJsonArray("orders").getJsonObject(0);
            assertThat(alert.getString("typeName")).isEqualTo("Tritanium");
            assertThat(new BigDecimal(alert.getString("undercutBy"))).isEqualByComparingTo("0.40");
        }
        JsonObject posted = Json.createReader(new StringReader(Await.until("the alert posted to Discord",
                Duration.ofSeconds(30), () -> webhooks.posts().stream().filter(p -> discord.endsWith(p.path()))
                        .findFirst(), Optional::isPresent).orElseThrow().body())).readObject();
        JsonObject embed = posted.getJsonArray("embeds").getJsonObject(0);
        // the pilot named as the app names it (the fake SSO named this character differently in other classes)
        String name = json(main.get("api/v1/universe/names?id=" + MAIN)).getJsonArray("names").getJsonObject(0)
                .getString("name");
        assertThat(embed.getString("title")).isEqualTo(name + ": market orders beaten");
        assertThat(embed.getString("description")).startsWith("Sell order for Tritanium at Jita IV - Moon 4")
                .contains(": 10.40 ISK, best other 10.00 ISK (undercut by 0.40 ISK)");
    }

    @Test
    void othersAnonymousCallersAndBadInputAreRefusedWithProblems() {
        admin();
        Browser other = loggedIn(OTHER, "Other Pilot", "owner-other", SCOPES);
        assertProblem(other.get(ORDERS), 404);
        assertProblem(other.get("api/v1/corporations/98000001/market/orders"), 404);
        assertProblem(browser().get(ORDERS), 401);
        assertProblem(browser().get("api/v1/market/trade-routes"), 401);
        assertProblem(other.get(ORDERS.replace(Long.toString(MAIN), Long.toString(OTHER)) + "?state=closed"), 400);
        assertProblem(other.get("api/v1/market/trade-routes?from=60000001"), 400);
        assertProblem(other.get("api/v1/market/trade-routes?cargo=-5"), 400);
        assertProblem(other.get("api/v1/market/trade-routes?mode=haul"), 400);
        assertProblem(other.get("api/v1/market/trade-routes?limit=101"), 400);
    }

    /**
     * The admin's one alert channel: other tests (the hostile input's accepted probes) may have left channels of
     * theirs, up to the account's limit.
     */
    private static void onlyChannel(Browser admin, String webhook) {
        for (JsonObject kept : array(admin.get("api/v1/alert-channels")).getValuesAs(JsonObject.class)) {
            assertThat(admin.send("DELETE", "api/v1/alert-channels/" + kept.getJsonNumber("id"), null).statusCode())
                    .isEqualTo(204);
        }
        HttpResponse<String> added = admin.send("POST", "api/v1/alert-channels", Json.createObjectBuilder()
                .add("kind", "discord").add("name", "Trade").add("webhook", webhook).build().toString());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    }

    /** Jita sells Tritanium and Rifters, Amarr buys them, as the class comment tells. */
    private void books() {
        var market = esi.ledger().publicData().market();
        market.dropGeneratedBook(FORGE);
        market.dropGeneratedBook(DOMAIN);
        market.regionOrders(FORGE).set(book(1, FORGE, JITA, JITA_4_4, 34, false, 10.00, 10),
                book(2, FORGE, JITA, JITA_4_4, 34, false, 13.00, 50), book(3, FORGE, JITA, JITA_4_4, 34, false, 11.00, 20),
                book(4, FORGE, JITA, JITA_4_4, 587, false, 100.00, 5));
        market.regionOrders(DOMAIN).set(book(5, DOMAIN, AMARR, AMARR_VIII, 34, true, 14.00, 15),
                book(6, DOMAIN, AMARR, AMARR_VIII, 34, true, 12.50, 30),
                book(7, DOMAIN, AMARR, AMARR_VIII, 587, true, 200.00, 10));
        esi.expireCaches();
    }

    private static MarketOrder book(long n, long region, long system, long station, long type, boolean buy,
                                    double price, long volume) {
        return new MarketOrder(6_100_000_000L + n, type, region, system, station, price, volume, volume, 1, buy, 90,
                ISSUED, buy ? "station" : "region", null, false, null, null, null);
    }

    private static MarketOrder own(long id, long type, boolean buy, double price) {
        return new MarketOrder(id, type, FORGE, JITA, JITA_4_4, price, 100, 80, 1, buy, 90, ISSUED,
                buy ? "station" : "region", buy ? 7200.0 : null, false, null, null, null);
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static JsonObject order(JsonArray orders, long orderId) {
        return orders.stream().map(value -> value.asJsonObject())
                .filter(order -> order.getJsonNumber("orderId").longValue() == orderId).findFirst().orElseThrow();
    }
}
