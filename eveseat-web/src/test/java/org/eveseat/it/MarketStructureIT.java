package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.it.ApiResponses.assertProblem;
import static org.eveseat.it.ApiResponses.json;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.eveseat.fake.ledger.MarketOrder;
import org.junit.jupiter.api.Test;

/**
 * Structure markets end to end on Payara Micro: an admin keeps two structures, the scheduler reads each through a
 * character of the server that may dock there (the fake ESI refuses the others with 403), the admin sees each
 * one's state, and any user reads the book at the structure by its name. Only admins keep structures, and only
 * from pages of the server.
 */
class MarketStructureIT extends DeployedWar {
    private static final long TOWER = 1_035_466_617_946L;
    private static final long ALPHA = 1_000_000_000_001L;
    private static final long TRADER = 2112000881L;
    private static final long REFUSED = 2112000882L;
    private static final long PILOT = 2112000883L;
    private static final Set<String> SCOPES = Set.of("publicData", "esi-markets.structure_markets.v1",
            "esi-universe.read_structures.v1");
    private static final String ADMIN_PATH = "api/v1/admin/market/structures";

    @Test
    void keptStructuresAreReadThroughACharacterThatMayDockAndTheirBooksReadByName() {
        Browser admin = admin().from(origin());
        esi.ledger().publicData().refuseDocking(TOWER, REFUSED).refuseDocking(ALPHA, REFUSED)
                .refuseDocking(ALPHA, TRADER);
        loggedIn(REFUSED, SCOPES);
        loggedIn(TRADER, SCOPES);
        // ESI caches a structure's market 5 minutes; the scheduler may have read it once already
        esi.resetFaults().cacheSeconds(Duration.ofSeconds(2));
        try {
            // a structure kept by an earlier test keeps its last state; these start new
            assertThat(admin.send("PUT", ADMIN_PATH, "{\"structureIds\": []}").statusCode()).isEqualTo(200);
            JsonObject kept = json(admin.send("PUT", ADMIN_PATH, "{\"structureIds\": [" + TOWER + ", " + ALPHA + "]}"));
            assertThat(kept.getJsonArray("structures").getValuesAs(JsonObject.class))
                    .extracting(s -> s.getString("access")).containsExactly("PENDING", "PENDING");

            EngineApi engine = new EngineApi(admin);
            engine.awaitPlanned("MARKET_STRUCTURE", TOWER);
            engine.awaitPlanned("MARKET_STRUCTURE", ALPHA);
            engine.runUntilAskedAgain("MARKET_STRUCTURE", TOWER);
            JsonObject alpha = engine.runUntilAskedAgain("MARKET_STRUCTURE", ALPHA);
            assertThat(alpha.getJsonObject("state").getString("lastStatus")).as("a refusal is no failure")
                    .isEqualTo("UNCHANGED");

            List<JsonObject> states = statesOnceNamed(admin);
            assertThat(states.get(0).getString("access")).isEqualTo("OK");
            assertThat(states.get(0).getString("structureName")).isEqualTo("Perimeter - Tranquility Trading Tower");
            assertThat(states.get(0).getString("systemName")).isEqualTo("Perimeter");
            assertThat(states.get(0).getString("regionName")).isEqualTo("The Forge");
            assertThat(states.get(0).getString("viaCharacterName")).isEqualTo("Pilot " + TRADER);
            assertThat(states.get(0).getInt("orderCount"))
                    .isEqualTo(esi.ledger().publicData().market().structureOrders(TOWER).all().size());
            assertThat(states.get(1).getString("access")).isEqualTo("NO_DOCKING");
            assertThat(states.get(1).getString("detail")).contains("may not dock");

            assertBookReadAtTheTower(loggedIn(PILOT, Set.of("publicData")));
        } finally {
            esi.cacheSeconds(null);
            assertThat(admin.send("PUT", ADMIN_PATH, "{\"structureIds\": []}").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void onlyAdminsKeepStructuresFromThisServersPagesAndBadInputChangesNothing() {
        Browser admin = admin();
        Browser pilot = loggedIn(PILOT, Set.of("publicData"));
        assertProblem(browser().get("api/v1/market/structures"), 401);
        assertProblem(pilot.get(ADMIN_PATH), 403);
        assertProblem(pilot.send("PUT", ADMIN_PATH, "{\"structureIds\": [" + TOWER + "]}"), 403);

        String before = admin.get(ADMIN_PATH).body();
        assertProblem(admin.from("https://evil.example").send("PUT", ADMIN_PATH,
                "{\"structureIds\": [" + TOWER + "]}"), 403);
        admin.from(origin());
        assertProblem(admin.send("PUT", ADMIN_PATH, "{\"structureIds\": [60003760]}"), 400);
        assertProblem(admin.send("PUT", ADMIN_PATH, "{\"structureIds\": [\"x\"]}"), 400);
        assertProblem(admin.send("PUT", ADMIN_PATH, "{\"structures\": [" + TOWER + "]}"), 400);
        assertProblem(admin.send("PUT", ADMIN_PATH, "{\"structureIds\": [-1]}"), 400);
        assertThat(admin.get(ADMIN_PATH).body()).isEqualTo(before);
        assertProblem(pilot.get("api/v1/market/book?typeId=34&stationId=" + ALPHA), 404);
    }

    /** The kept structures once the reading character's name is resolved (ESI may name it after the answer). */
    private static List<JsonObject> statesOnceNamed(Browser admin) {
        return Await.until("the reading character of the kept structures named", Duration.ofSeconds(30),
                () -> json(admin.get(ADMIN_PATH)).getJsonArray("structures").getValuesAs(JsonObject.class),
                states -> !states.get(0).isNull("viaCharacterName"));
    }


    private void assertBookReadAtTheTower(Browser pilot) {
        JsonArray places = EngineApi.array(pilot.get("api/v1/market/structures"));
        assertThat(places.getValuesAs(JsonObject.class)).extracting(p -> p.getString("structureName"))
                .containsExactly("Perimeter - Tranquility Trading Tower");
        assertThat(places.getJsonObject(0).containsKey("viaCharacterName")).as("who may dock is the admin's")
                .isFalse();

        List<MarketOrder> orders = esi.ledger().publicData().market().structureOrders(TOWER).all();
        long type = orders.stream().filter(o -> !o.isBuyOrder()).findFirst().orElseThrow().typeId();
        List<MarketOrder> sells = orders.stream().filter(o -> o.typeId() == type && !o.isBuyOrder())
                .sorted(Comparator.comparingDouble(MarketOrder::price)).toList();

        JsonObject book = json(pilot.get("api/v1/market/book?typeId=" + type + "&stationId=" + TOWER
                + "&depth=50"));

        assertThat(book.getString("regionName")).isEqualTo("The Forge");
        assertThat(book.getJsonObject("summary").getJsonNumber("bestAsk").bigDecimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(sells.get(0).price()));
        assertThat(book.getJsonArray("sells").getValuesAs(JsonObject.class)).hasSize(sells.size())
                .allSatisfy(s -> assertThat(s.getString("stationName"))
                        .isEqualTo("Perimeter - Tranquility Trading Tower"));
    }
}
