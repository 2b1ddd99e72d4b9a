package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.it.ApiResponses.assertProblem;
import static org.eveseat.it.ApiResponses.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;

import org.eveseat.fake.ledger.JournalEntry;
import org.junit.jupiter.api.Test;

/**
 * Live push on Payara Micro: who gets in on {@code /ws} and which topics they may join, wallet and job events
 * raised by real syncs, replay after a reconnect, and admins' announcements. The pilot is this test's own account.
 */
class LiveIT extends DeployedWar {
    private static final Set<String> SCOPES = Set.of("publicData", "esi-wallet.read_character_wallet.v1");
    private static final long PILOT = 2112000777L;
    private static final long OTHER = 95465499L;
    /** Logs in only once its ledger is set, so its first syncs read the data (no earlier empty answer cached). */
    private static final long TRADER = 2112000778L;
    private static final String WALLET = "character." + PILOT + ".wallet";
    private static final String TRADER_WALLET = "character." + TRADER + ".wallet";

    @Test
    void aSocketWithoutALiveSessionOrFromAForeignPageIsClosedWithPolicyViolation() {
        try (LiveSocket anonymous = LiveSocket.open(uri(), null)) {
            anonymous.subscribe(WALLET);
            assertThat(anonymous.awaitClose()).isEqualTo(1008);
        }
        try (LiveSocket forged = LiveSocket.open(uri(), null)) {
            forged.send("{\"action\":\"auth\",\"token\":\"eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.\"}");
            assertThat(forged.awaitClose()).isEqualTo(1008);
        }
        try (LiveSocket foreign = LiveSocket.open(uri(), token(pilot()), "https://evil.example")) {
            assertThat(foreign.awaitClose()).isEqualTo(1008);
            assertThat(foreign.seen()).noneMatch(m -> m.getString("type").equals("ws.welcome"));
        }
    }

    @Test
    void aPilotJoinsOnlyTheTopicsItMayRead() {
        Browser pilot = pilot();
        try (LiveSocket socket = LiveSocket.open(uri(), token(pilot))) {
            long account = socket.awaitType("ws.welcome").getJsonNumber("accountId").longValue();
            assertThat(account).isEqualTo(json(pilot.get("api/v1/auth/me")).getJsonNumber("accountId").longValue());

            assertThat(subscribe(socket, WALLET).getString("type")).isEqualTo("ws.subscribed");
            assertThat(subscribe(socket, "killmails").getString("type")).isEqualTo("ws.subscribed");
            assertThat(subscribe(socket, "character." + MAIN + ".wallet").getInt("status")).isEqualTo(403);
            assertThat(subscribe(socket, "character." + OTHER + ".mail").getInt("status")).isEqualTo(403);
            assertThat(subscribe(socket, "jobs").getInt("status")).isEqualTo(403);
            assertThat(subscribe(socket, "alerts").getInt("status")).isEqualTo(403);
            assertThat(subscribe(socket, "character." + PILOT + ".skills").getInt("status")).isEqualTo(400);
            socket.send("{\"action\":\"subscribe\",\"topic\":\"" + WALLET + "\",\"filter\":{\"regionId\":1}}");
            assertThat(socket.awaitType("ws.error").getInt("status")).isEqualTo(400);
            socket.send("{\"action\":\"subscribe\",\"topic\":\"killmails\",\"filter\":{\"regionId\":-5}}");
            assertThat(socket.awaitType("ws.error").getInt("status")).isEqualTo(400);
            socket.send("not json");
            assertThat(socket.awaitType("ws.error").getInt("status")).isEqualTo(400);
            socket.send("{\"action\":\"ping\"}");
            socket.awaitType("ws.pong");
        }
        try (LiveSocket byMessage = LiveSocket.open(uri(), null)) {
            byMessage.send("{\"action\":\"auth\",\"token\":\"" + token(pilot) + "\"}");
            assertThat(byMessage.awaitType("ws.welcome").getJsonNumber("accountId").longValue()).isPositive();
        }
    }

    @Test
    void syncsPushWalletEventsToTheOwnerAndJobEventsToAdmins() {
        esi.ledger().character(TRADER).walletBalance(new BigDecimal("123456789.12"));
        List<JournalEntry> journal = JournalEntry.generate(TRADER, 60, esi.ledger().anchor());
        esi.ledger().character(TRADER).journal().set(journal);
        Browser pilot = pilot(TRADER, "Live Trader");
        Browser admin = admin();
        try (LiveSocket owner = LiveSocket.open(uri(), token(pilot));
             LiveSocket operator = LiveSocket.open(uri(), token(admin))) {
            assertThat(owner.awaitType("ws.welcome").getJsonNumber("accountId"))
                    .as("each handshake keeps its own cookie")
                    .isNotEqualTo(operator.awaitType("ws.welcome").getJsonNumber("accountId"));
            assertThat(subscribe(owner, TRADER_WALLET).getString("type")).isEqualTo("ws.subscribed");
            assertThat(subscribe(operator, "jobs").getString("type")).isEqualTo("ws.subscribed");
            EngineApi engine = new EngineApi(admin);

            engine.runAndAwait("WALLET_BALANCE", TRADER);
            JsonObject balance = owner.awaitEvent("wallet.balance", TRADER_WALLET);
            assertThat(balance.getJsonNumber("id").longValue()).isPositive();
            assertThat(balance.getString("timestamp")).endsWith("Z");
            assertThat(new BigDecimal(balance.getJsonObject("payload").getString("balance")))
                    .isEqualByComparingTo("123456789.12");

            long execution = engine.runJobSync("WALLET_JOURNAL", TRADER).getJsonNumber("executionId").longValue();
            // the login's first sync may have stored part of the journal before this run: the event names what
            // this run added (up to five of them), and the two together hold the whole journal once
            JsonObject entries = owner.awaitEvent("wallet.journal", TRADER_WALLET).getJsonObject("payload");
            assertThat(entries.getInt("added")).isBetween(1, 60);
            assertThat(entries.getJsonArray("entries")).hasSize(Math.min(5, entries.getInt("added")));
            assertThat(json(pilot.get("api/v1/wallet/journal/" + TRADER + "?limit=100")).getJsonArray("entries"))
                    .hasSize(60);
            assertThat(operator.await(m -> m.getString("type").equals("job.started") && executionOf(m) == execution,
                    "job.started")).isNotNull();
            assertThat(operator.await(m -> m.getString("type").equals("job.ended") && executionOf(m) == execution,
                    "job.ended").getJsonObject("payload").getString("status")).isEqualTo("COMPLETED");
            assertThat(operator.seen()).anyMatch(m -> m.getString("type").equals("job.progress")
                    && executionOf(m) == execution && m.getJsonObject("payload").getInt("itemsWritten") > 0);
        }
    }

    @Test
    void aReconnectingClientGetsWhatItMissedFromTheReplayBuffer() {
        Browser pilot = pilot();
        Browser admin = admin();
        long lastSeen;
        try (LiveSocket before = LiveSocket.open(uri(), token(pilot))) {
            lastSeen = before.awaitType("ws.welcome").getJsonNumber("lastEventId").longValue();
        }
        for (String message : List.of("downtime in 10", "downtime in 5", "downtime now")) {
            assertThat(admin.send("POST", "api/v1/admin/live/announcements",
                    "{\"message\":\"" + message + "\",\"level\":\"warning\"}").statusCode()).isEqualTo(202);
        }
        try (LiveSocket after = LiveSocket.open(uri(), token(pilot))) {
            after.awaitType("ws.welcome");
            subscribe(after, "announcements");
            after.send("{\"action\":\"resume\",\"lastEventId\":" + lastSeen + "}");
            JsonObject resumed = after.awaitType("ws.resumed");
            assertThat(resumed.getInt("replayed")).isEqualTo(3);
            assertThat(resumed.getBoolean("complete")).isTrue();
            List<JsonObject> replayed = after.seen().stream().filter(m -> "announcement".equals(m.getString("type")))
                    .toList();
            assertThat(replayed).extracting(m -> m.getJsonObject("payload").getString("message"))
                    .containsExactly("downtime in 10", "downtime in 5", "downtime now");
            assertThat(replayed).extracting(m -> m.getJsonNumber("id").longValue()).isSorted()
                    .allMatch(id -> id > lastSeen);
            after.send("{\"action\":\"resume\",\"lastEventId\":-1}");
            assertThat(after.awaitType("ws.error").getInt("status")).isEqualTo(400);
        }
    }

    @Test
    void onlyAdminsAnnounceAndBadAnnouncementsAreProblems() {
        assertProblem(pilot().send("POST", "api/v1/admin/live/announcements", "{\"message\":\"hi\"}"), 403);
        Browser admin = admin();
        assertProblem(admin.send("POST", "api/v1/admin/live/announcements", "{\"message\":\" \"}"), 400);
        assertProblem(admin.send("POST", "api/v1/admin/live/announcements",
                "{\"message\":\"x\",\"level\":\"shout\"}"), 400);
        assertProblem(admin.send("POST", "api/v1/admin/live/announcements", "[1]"), 400);
        try (LiveSocket listening = LiveSocket.open(uri(), token(admin))) {
            listening.awaitType("ws.welcome");
            assertThat(json(admin.get("api/v1/admin/live")).getInt("connectedClients")).isPositive();
        }
    }

    private static JsonObject subscribe(LiveSocket socket, String topic) {
        socket.subscribe(topic);
        return socket.await(m -> topic.equals(m.getString("topic", null)) && m.getString("type").startsWith("ws."),
                "answer for " + topic);
    }

    private static long executionOf(JsonObject event) {
        return event.getJsonObject("payload").getJsonNumber("executionId").longValue();
    }

    private Browser pilot() {
        return pilot(PILOT, "Live Pilot");
    }

    private Browser pilot(long characterId, String name) {
        admin();
        sso.loginAs(characterId, name, "owner-" + characterId, SCOPES);
        Browser pilot = new Browser(uri());
        assertThat(pilot.logIn().statusCode()).isEqualTo(303);
        return pilot;
    }

    private static String token(Browser browser) {
        return browser.sessionToken().orElseThrow();
    }

}
