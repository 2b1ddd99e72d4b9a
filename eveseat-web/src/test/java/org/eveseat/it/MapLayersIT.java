package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.it.ApiResponses.assertProblem;
import static org.eveseat.it.ApiResponses.json;

import java.io.StringReader;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * The map's live layers end to end on Payara Micro: the universe syncs of system statistics, sovereignty,
 * campaigns and incursions read the fake ESI (every system, real cache headers) into PostgreSQL, and any
 * logged-in user reads them; anonymous callers and a malformed window are refused with problems.
 */
class MapLayersIT extends DeployedWar {
    private static final long PILOT = 2112000451L;
    private static final long JITA = 30000142L;
    /** Known space in the fake's static data: ESI lists statistics and claims for each of these systems. */
    private static final int KNOWN_SPACE = 5432;

    @Test
    void theUniverseSyncsStoreEverySystemsActivityAndClaimsForAnyLoggedInUser() {
        EngineApi engine = new EngineApi(admin());
        // planned once at start: the scheduler may have read them already (then not due); the stored data decides
        for (String endpoint : List.of("SYSTEM_ACTIVITY", "SOVEREIGNTY", "SOVEREIGNTY_CAMPAIGNS", "INCURSIONS")) {
            JsonObject sync = engine.runAndAwait(endpoint, 0);
            assertThat(sync.getJsonObject("state").getString("lastStatus")).as(endpoint + " " + sync)
                    .isIn("UPDATED", "NOT_DUE", "UNCHANGED");
        }
        Browser pilot = loggedIn();

        JsonObject day = json(pilot.get("api/v1/universe/activity?window=24h"));
        assertThat(day.getString("window")).isEqualTo("24h");
        assertThat(day.getString("latestHour")).isNotEmpty();
        JsonArray jita = day.getJsonArray("systems").stream().map(JsonValue::asJsonArray)
                .filter(row -> row.getJsonNumber(0).longValue() == JITA).findFirst().orElseThrow();
        // the fake's Jita: 60 ship, 30 pod, 3000 NPC kills and 4000 jumps in each hour synced
        assertThat(jita.getJsonNumber(1).longValue()).isPositive().isEqualTo(jita.getJsonNumber(4).longValue() / 4000 * 60);
        assertThat(day.getJsonArray("systems")).hasSize(KNOWN_SPACE);

        JsonObject sovereignty = json(pilot.get("api/v1/universe/sovereignty"));
        JsonObject caldari = sovereignty.getJsonArray("holders").stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getJsonNumber("id").longValue() == 500001L).findFirst().orElseThrow();
        assertThat(caldari.getString("name")).isEqualTo("Caldari State");
        assertThat(caldari.getString("kind")).isEqualTo("faction");
        assertThat(caldari.getJsonArray("systems").getValuesAs(v -> ((jakarta.json.JsonNumber) v).longValue()))
                .contains(JITA);
        assertThat(sovereignty.getJsonArray("holders").stream()
                .mapToInt(h -> h.asJsonObject().getJsonArray("systems").size()).sum()).isGreaterThan(4000);
        assertThat(sovereignty.getJsonArray("campaigns")).isNotEmpty();

        JsonArray incursions = array(pilot.get("api/v1/universe/incursions").body());
        assertThat(incursions).isNotEmpty();
        assertThat(incursions.getJsonObject(0).getJsonArray("infestedSystems")).isNotEmpty();
    }

    @Test
    void aMalformedWindowAndAnonymousCallersAreRefused() {
        Browser pilot = loggedIn();
        assertProblem(pilot.get("api/v1/universe/activity?window=7d"), 400);
        assertThat(json(pilot.get("api/v1/universe/activity?window=7d")).getString("detail")).contains("1h or 24h");
        assertProblem(browser().get("api/v1/universe/activity"), 401);
        assertProblem(browser().get("api/v1/universe/sovereignty"), 401);
        assertProblem(browser().get("api/v1/universe/incursions"), 401);
    }

    private Browser loggedIn() {
        return loggedIn(PILOT, "Map Pilot", "owner-" + PILOT, Set.of("publicData"));
    }

    private static JsonArray array(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }
}
