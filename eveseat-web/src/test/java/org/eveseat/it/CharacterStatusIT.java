package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.it.ApiResponses.assertProblem;
import static org.eveseat.it.ApiResponses.json;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;

import org.eveseat.fake.ledger.PilotState;
import org.junit.jupiter.api.Test;

/**
 * The overview's character status on Payara Micro: location, ship, online state and skill points read from the
 * fake ESI with the pilot's token and named from the static data; a scope not granted and an ESI failure empty only
 * their part; another account's character is not found.
 */
class CharacterStatusIT extends DeployedWar {
    private static final long DOCKED = 95470001L;
    private static final long ONLINE_ONLY = 95470002L;
    private static final long UNLUCKY = 95470003L;
    private static final long STRANGER = 95470004L;
    private static final Set<String> SCOPES = Set.of("publicData", "esi-location.read_location.v1",
            "esi-location.read_ship_type.v1", "esi-location.read_online.v1", "esi-skills.read_skills.v1",
            "esi-universe.read_structures.v1");

    @Test
    void aDockedPilotIsShownWithNamesOfSystemStationAndShip() {
        esi.ledger().character(DOCKED).pilotState(new PilotState(
                new PilotState.Location(30000142L, 60003760L, null),
                new PilotState.Ship(1000000016991L, "Scout", 587L),
                new PilotState.Online(Instant.parse("2026-12-07T10:00:00Z"), null, 12, true),
                new PilotState.Skills(List.of(new PilotState.Skill(5, 3300L, 256000L, 5)), 5_256_000L, 40_000L)));
        Browser pilot = loggedIn(DOCKED, SCOPES);

        JsonObject status = json(pilot.get("api/v1/characters/" + DOCKED + "/status"));

        JsonObject location = ok(status, "location");
        assertThat(location.getString("systemName")).isEqualTo("Jita");
        assertThat(location.getString("regionName")).isEqualTo("The Forge");
        assertThat(location.getJsonNumber("security").doubleValue()).isBetween(0.94, 0.95);
        assertThat(location.getString("dockedName")).isEqualTo("Jita IV - Moon 4 - Caldari Navy Assembly Plant");
        assertThat(ok(status, "ship").getString("typeName")).isEqualTo("Rifter");
        assertThat(ok(status, "ship").getString("name")).isEqualTo("Scout");
        assertThat(ok(status, "online").getBoolean("online")).isTrue();
        assertThat(ok(status, "skillPoints").getJsonNumber("total").longValue()).isEqualTo(5_256_000L);
        assertThat(ok(status, "skillPoints").getJsonNumber("unallocated").longValue()).isEqualTo(40_000L);
        assertThat(status.getJsonNumber("corporationId").longValue()).isEqualTo(98000001L);
    }

    @Test
    void aScopeNotGrantedIsNamedAndTheRestIsShown() {
        Browser pilot = loggedIn(ONLINE_ONLY, Set.of("publicData", "esi-location.read_online.v1"));

        JsonObject status = json(pilot.get("api/v1/characters/" + ONLINE_ONLY + "/status"));

        assertThat(status.getJsonObject("location").getString("state")).isEqualTo("notGranted");
        assertThat(status.getJsonObject("location").getString("missingScope"))
                .isEqualTo("esi-location.read_location.v1");
        assertThat(status.getJsonObject("skillPoints").getString("missingScope"))
                .isEqualTo("esi-skills.read_skills.v1");
        assertThat(status.getJsonObject("online").getString("state")).isEqualTo("ok");
    }

    @Test
    void anEsiFailureEmptiesItsPartsAndNeverTheAnswer() {
        Browser pilot = loggedIn(UNLUCKY, SCOPES);
        esi.failNext(1_000, 503);
        try {
            HttpResponse<String> answer = pilot.get("api/v1/characters/" + UNLUCKY + "/status");

            assertThat(answer.statusCode()).isEqualTo(200);
            JsonObject status = json(answer);
            for (String part : List.of("location", "ship", "online", "skillPoints")) {
                assertThat(status.getJsonObject(part).getString("state")).as(part).isEqualTo("unavailable");
                assertThat(status.getJsonObject(part).getString("reason")).as(part).isNotBlank();
            }
        } finally {
            esi.failNext(0, 503);
        }
    }

    @Test
    void anotherAccountsCharacterIsNotFoundAndABadIdIsAProblem() {
        loggedIn(DOCKED, SCOPES);
        Browser stranger = loggedIn(STRANGER, SCOPES);

        assertProblem(stranger.get("api/v1/characters/" + DOCKED + "/status"), 404);
        assertProblem(stranger.get("api/v1/characters/abc/status"), 400);
        assertProblem(browser().get("api/v1/characters/" + STRANGER + "/status"), 401);
    }

    private static JsonObject ok(JsonObject status, String part) {
        assertThat(status.getJsonObject(part).getString("state")).as(part + ": " + status).isEqualTo("ok");
        return status.getJsonObject(part).getJsonObject("value");
    }
}
