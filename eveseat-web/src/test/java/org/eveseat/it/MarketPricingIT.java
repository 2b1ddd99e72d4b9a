package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.it.ApiResponses.assertProblem;
import static org.eveseat.it.ApiResponses.json;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.eveseat.adapter.persistence.market.JdbcBookSnapshotRepository;
import org.eveseat.domain.market.model.BookPage;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.OrderRange;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.fake.ledger.MarketPrice;
import org.eveseat.fake.ledger.NpcStanding;
import org.junit.jupiter.api.Test;

/**
 * Market pricing end to end on Payara Micro: order books stored in PostgreSQL price the calculator and quick trade,
 * the pilot's standings come from the fake ESI, CCP's prices and the hubs' history are synced by the scheduler;
 * bad input, someone else's pilot and cross-site posts are refused with problems.
 */
class MarketPricingIT extends DeployedWar {
    private static final long PILOT = 2112000461L;
    private static final long OTHER = 2112000462L;
    private static final TypeId TRITANIUM = new TypeId(34);
    private static final RegionId FORGE = new RegionId(10000002);
    private static final long JITA_4_4 = 60003760L;
    private static final SolarSystemId JITA = new SolarSystemId(30000142L);
    /**
     * Arnon VIII - Moon 2 - CBD Corporation Storage (Essence) and Muvolailen X - Moon 3 - CBD Corporation Storage (The
     * Citadel): regions no other test keeps a book of.
     */
    private static final long ARNON = 60000112L;
    private static final long MUVOLAILEN = 60000004L;
    private static final AtomicLong ORDER_IDS = new AtomicLong(8_100_000_000L);

    @Test
    void theCalculatorPricesFromStoredBooksWithThePilotsStandings() {
        publish(new RegionId(10000064), order(ARNON, new SolarSystemId(30005001), false, "5.00", 10_000));
        publish(new RegionId(10000033), order(MUVOLAILEN, new SolarSystemId(30002780), true, "6.00", 5_000),
                order(MUVOLAILEN, new SolarSystemId(30002780), false, "6.50", 5_000));
        IntegrationEnvironment.esi().ledger().character(PILOT).standings().set(
                new NpcStanding(500001L, "faction", 5.0), new NpcStanding(1000002L, "npc_corp", 2.5));
        Browser pilot = loggedIn(PILOT, Set.of("publicData", "esi-characters.read_standings.v1"));

        JsonObject immediate = json(pilot.send("POST", "api/v1/market/calculator", "{\"typeId\": 34, "
                + "\"buyStationId\": " + ARNON + ", \"sellStationId\": " + MUVOLAILEN + ", \"quantity\": 1000, "
                + "\"buyAs\": \"immediate\", \"sellAs\": \"immediate\"}"));
        // 1000 x 6.00 - 1000 x 5.00 - 8 % of 6000
        assertThat(immediate.getJsonNumber("profit").bigDecimalValue()).isEqualByComparingTo("520.00");
        assertThat(immediate.getJsonNumber("profitPerM3").bigDecimalValue()).isEqualByComparingTo("52.00");
        assertThat(immediate.getJsonNumber("margin").bigDecimalValue()).isEqualByComparingTo("8.67");
        assertThat(immediate.getString("typeName")).isEqualTo("Tritanium");
        assertThat(immediate.getString("sellStationName")).startsWith("Muvolailen X - Moon 3");
        assertThat(immediate.getJsonObject("taxes").getString("source")).isEqualTo("default");

        JsonObject asPilot = json(pilot.send("POST", "api/v1/market/calculator", "{\"typeId\": 34, \"buyStationId\": "
                + ARNON + ", \"sellStationId\": " + MUVOLAILEN + ", \"quantity\": 1000, \"characterId\": " + PILOT + "}"));
        // sells by order at 6.50 at CBD Corporation's station: 3 - 0.03 x 5.0 (Caldari State) - 0.02 x 2.5 = 2.8 %
        JsonObject taxes = asPilot.getJsonObject("taxes");
        assertThat(taxes.getString("source")).isEqualTo("character");
        assertThat(taxes.getJsonNumber("brokerFeePercent").bigDecimalValue()).isEqualByComparingTo("2.8");
        assertThat(asPilot.getJsonNumber("brokerFee").bigDecimalValue()).as("2.8 % of 6500").isEqualByComparingTo("182.00");
        assertThat(asPilot.getJsonNumber("profit").bigDecimalValue()).as("6500 - 5000 - 182 - 520")
                .isEqualByComparingTo("798.00");

        Browser other = loggedIn(OTHER, Set.of("publicData"));
        assertProblem(other.send("POST", "api/v1/market/calculator", "{\"typeId\": 34, \"buyStationId\": " + ARNON
                + ", \"sellStationId\": " + MUVOLAILEN + ", \"quantity\": 1, \"characterId\": " + PILOT + "}"), 404);
        assertProblem(pilot.send("POST", "api/v1/market/calculator", "{\"typeId\": 34, \"buyStationId\": 60000001, "
                + "\"sellStationId\": " + MUVOLAILEN + ", \"quantity\": 1}"), 404);
        assertProblem(pilot.send("POST", "api/v1/market/calculator", "{\"typeId\": 34, \"buyStationId\": " + MUVOLAILEN
                + ", \"sellStationId\": " + ARNON + ", \"quantity\": 1, \"sellAs\": \"immediate\"}"), 409);
        assertProblem(pilot.send("POST", "api/v1/market/calculator", "{\"typeId\": 34, \"buyStationId\": " + ARNON
                + ", \"sellStationId\": " + MUVOLAILEN + ", \"quantity\": 0}"), 400);
        assertProblem(pilot.send("POST", "api/v1/market/calculator", "{\"typeId\": 34, \"buyStationId\": " + ARNON
                + ", \"sellStationId\": " + MUVOLAILEN + ", \"quantity\": 1, \"buyAs\": \"later\"}"), 400);
        assertProblem(pilot.from("https://evil.example").send("POST", "api/v1/market/calculator", "{}"), 403);
        assertProblem(browser().send("POST", "api/v1/market/calculator", "{}"), 401);
    }

    @Test
    void quickTradeWalksTheHubBookAndHubsAndTypesAreListed() {
        publish(FORGE, order(JITA_4_4, JITA, false, "5.00", 600), order(JITA_4_4, JITA, false, "5.20", 300),
                order(JITA_4_4, JITA, true, "4.80", 700));
        Browser pilot = loggedIn(PILOT, Set.of("publicData"));

        JsonObject trade = json(pilot.send("POST", "api/v1/market/quick-trade",
                "{\"text\": \"Tritanium 1,000\\nNo Such Item 3\"}"));

        assertThat(trade.getJsonArray("unknown").getString(0)).isEqualTo("No Such Item 3");
        JsonObject jita = trade.getJsonArray("hubs").getJsonObject(0);
        assertThat(jita.getString("stationName")).startsWith("Jita IV - Moon 4");
        assertThat(jita.getJsonNumber("buyTotal").bigDecimalValue()).as("600 x 5.00 + 300 x 5.20")
                .isEqualByComparingTo("4560.00");
        assertThat(jita.getJsonArray("missing").getJsonObject(0).getInt("quantity")).isEqualTo(100);
        assertThat(jita.getJsonNumber("sellTotal").bigDecimalValue()).isEqualByComparingTo("3360.00");
        assertThat(jita.getJsonArray("unsold").getJsonObject(0).getInt("quantity")).isEqualTo(300);
        assertProblem(pilot.send("POST", "api/v1/market/quick-trade", "{\"text\": 5}"), 400);

        JsonArray hubs = array(pilot.get("api/v1/market/hubs").body());
        assertThat(hubs).hasSize(5);
        assertThat(hubs.getJsonObject(0).getString("systemName")).isEqualTo("Jita");
        JsonArray types = array(pilot.get("api/v1/universe/types?q=tritan&market=true&limit=5").body());
        assertThat(types.getJsonObject(0).getString("typeName")).isEqualTo("Tritanium");
        assertThat(types.getJsonObject(0).getJsonNumber("volume").doubleValue()).isEqualTo(0.01);
        assertProblem(pilot.get("api/v1/universe/types?q=&market=true"), 400);
    }

    @Test
    void pricesAndTheHubsHistoryAreSyncedAndServed() {
        publish(FORGE, order(JITA_4_4, JITA, false, "5.00", 600));
        IntegrationEnvironment.esi().ledger().publicData().market().prices().set(new MarketPrice(34, 4.98, 5.12),
                new MarketPrice(35, 9.1, null));
        IntegrationEnvironment.esi().expireCaches(); // a test before may have left ESI's answer of other prices fresh
        EngineApi engine = new EngineApi(admin());
        Browser pilot = loggedIn(PILOT, Set.of("publicData"));

        JsonObject sync = engine.runUntilAskedAgain("MARKET_PRICES", 0);
        assertThat(sync.getJsonObject("state").getString("lastStatus")).as(sync.toString()).isEqualTo("UPDATED");
        JsonObject price = json(pilot.get("api/v1/market/prices?typeId=34"));
        assertThat(price.getJsonNumber("averagePrice").bigDecimalValue()).isEqualByComparingTo("5.12");
        assertThat(price.getJsonNumber("adjustedPrice").bigDecimalValue()).isEqualByComparingTo("4.98");
        assertThat(json(pilot.get("api/v1/market/prices")).getInt("total")).isEqualTo(2);
        assertProblem(pilot.get("api/v1/market/prices?typeId=36"), 404);

        JsonObject hubSync = engine.runAndAwait("MARKET_HUB_HISTORY", 0);
        assertThat(hubSync.getJsonObject("state").getString("lastStatus")).as(hubSync.toString())
                .isIn("UPDATED", "UNCHANGED");
        assertThat(storedDays(FORGE, TRITANIUM)).as("Tritanium is the Jita book's one type").isEqualTo(414);
        JsonObject history = json(pilot.get("api/v1/market/history?typeId=34&regionId=10000002"));
        assertThat(history.getString("regionName")).isEqualTo("The Forge");
        assertThat(history.getJsonArray("days")).hasSize(414);
        assertThat(Instant.parse(history.getString("expiresAt"))).isAfter(Instant.now().minusSeconds(3600));
        assertProblem(pilot.get("api/v1/market/history?typeId=34&regionId=99"), 404);
        assertProblem(pilot.get("api/v1/market/history?typeId=34"), 400);
    }

    private static void publish(RegionId region, MarketOrder... orders) {
        var snapshots = new JdbcBookSnapshotRepository(IntegrationEnvironment.database());
        Instant now = Instant.now();
        var walk = snapshots.begin(region, new BookPage(1, 1, List.of(orders), "IT " + now, now.plusSeconds(300)),
                now, 1);
        snapshots.publish(walk);
    }

    private static MarketOrder order(long station, SolarSystemId system, boolean buy, String price, long volume) {
        return new MarketOrder(ORDER_IDS.incrementAndGet(), TRITANIUM, buy, Isk.of(price), volume, volume, 1,
                buy ? OrderRange.STATION : OrderRange.REGION, station, system, Instant.now().minusSeconds(60), 90);
    }

    private static long storedDays(RegionId region, TypeId type) {
        try (Connection connection = IntegrationEnvironment.database().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from market_history where region_id = "
                     + region.value() + " and type_id = " + type.value())) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonArray array(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }
}
