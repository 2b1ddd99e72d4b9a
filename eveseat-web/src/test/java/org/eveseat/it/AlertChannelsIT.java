package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.it.ApiResponses.assertProblem;
import static org.eveseat.it.ApiResponses.json;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Alert channels end to end on Payara Micro: a pilot keeps Discord and Slack webhooks of its own (the fake
 * services' addresses allowed by {@code eveseat.alerts.webhook-prefixes}), sees them without their token, posts a
 * test message and learns when a webhook was deleted; another account neither sees nor removes them, and bad
 * input or a foreign page changes nothing.
 */
class AlertChannelsIT extends DeployedWar {
    private static final long PILOT = 2112000801L;
    private static final long OTHER = 2112000802L;
    private static final String CHANNELS = "api/v1/alert-channels";

    private String body(String kind, String name, String webhook) {
        return Json.createObjectBuilder().add("kind", kind).add("name", name).add("webhook", webhook).build()
                .toString();
    }

    @Test
    void aPilotKeepsChannelsOfItsOwnAndTestsThem() {
        Browser pilot = loggedIn(PILOT, Set.of("publicData")).from(origin());
        String discord = webhooks.prefix() + "api/webhooks/" + PILOT + "/token-" + PILOT;

        HttpResponse<String> added = pilot.send("POST", CHANNELS, body("discord", "Corp ops", discord));
        assertThat(added.statusCode()).isEqualTo(201);
        JsonObject channel = json(added);
        assertThat(channel.getString("webhook")).isEqualTo(webhooks.prefix() + "api/webhooks/" + PILOT + "/…")
                .doesNotContain("token-");
        assertThat(channel.getJsonObject("lastDelivery").getString("status")).isEqualTo("NEVER");
        long id = channel.getJsonNumber("id").longValue();

        JsonObject delivery = json(pilot.send("POST", CHANNELS + "/" + id + "/test", null));
        assertThat(delivery.getString("status")).isEqualTo("DELIVERED");
        assertThat(webhooks.posts()).filteredOn(post -> post.path().endsWith("/token-" + PILOT)).singleElement()
                .satisfies(post -> assertThat(Json.createReader(new StringReader(post.body())).readObject()
                        .getJsonArray("embeds").getJsonObject(0).getString("title"))
                        .isEqualTo("EVESeat: test message"));

        long gone = json(pilot.send("POST", CHANNELS, body("slack", "Trade",
                webhooks.prefix() + "services/T1/B1/deleted"))).getJsonNumber("id").longValue();
        assertThat(json(pilot.send("POST", CHANNELS + "/" + gone + "/test", null)).getString("detail"))
                .isEqualTo("Slack answered 404: no_service");
        JsonArray listed = array(pilot.get(CHANNELS));
        assertThat(listed).hasSize(2);
        assertThat(listed.getJsonObject(1).getJsonObject("lastDelivery").getString("status")).isEqualTo("GONE");

        assertThat(pilot.send("DELETE", CHANNELS + "/" + gone, null).statusCode()).isEqualTo(204);
        assertThat(array(pilot.get(CHANNELS))).hasSize(1);
    }

    @Test
    void othersAnonymousCallersForeignPagesAndBadInputChangeNothing() {
        Browser pilot = loggedIn(PILOT, Set.of("publicData")).from(origin());
        Browser other = loggedIn(OTHER, Set.of("publicData")).from(origin());
        long id = json(pilot.send("POST", CHANNELS, body("discord", "Mine",
                webhooks.prefix() + "api/webhooks/1/mine"))).getJsonNumber("id").longValue();
        int before = array(pilot.get(CHANNELS)).size();

        assertThat(array(other.get(CHANNELS))).isEmpty();
        assertProblem(other.send("DELETE", CHANNELS + "/" + id, null), 404);
        assertProblem(other.send("POST", CHANNELS + "/" + id + "/test", null), 404);
        assertProblem(browser().get(CHANNELS), 401);
        assertProblem(pilot.send("POST", CHANNELS, body("discord", "Evil", "https://evil.example/api/webhooks/1/x")),
                400);
        assertProblem(pilot.send("POST", CHANNELS, body("slack", "Wrong kind", "https://discord.com/api/webhooks/1/x")),
                400);
        assertProblem(pilot.send("POST", CHANNELS, body("teams", "Teams", "https://discord.com/api/webhooks/1/x")),
                400);
        assertProblem(pilot.send("POST", CHANNELS, body("discord", "x".repeat(101),
                "https://discord.com/api/webhooks/1/x")), 400);
        assertProblem(pilot.send("POST", CHANNELS, "{\"kind\": \"discord\""), 400);
        assertProblem(pilot.send("DELETE", CHANNELS + "/not-a-number", null), 400);
        assertProblem(pilot.from("https://evil.example").send("POST", CHANNELS, body("discord", "Cross-site",
                "https://discord.com/api/webhooks/1/x")), 403);
        assertThat(array(pilot.from(origin()).get(CHANNELS))).hasSize(before);
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
