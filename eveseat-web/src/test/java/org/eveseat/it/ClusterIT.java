package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;

import jakarta.json.JsonObject;

import org.eveseat.fake.FakeEsi;
import org.eveseat.fake.FakeEveSso;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro nodes clustered over Hazelcast on loopback share one schedule: every due sync runs exactly
 * once (each node has its own ESI cache, so a sync run twice would show as a second ESI call), both nodes do part
 * of the work, and when one node dies the other takes over all of it.
 */
class ClusterIT {
    private static final long MAIN = 2112625428L;
    private static final long FIRST_PILOT = 2113000001L;
    private static final int PILOTS = 60;
    private static final int PARTITIONS = 271;
    private static final List<Integer> HAZELCAST = List.of(5911, 5912);
    private static final String[] NODE_OPTIONS = {"-Deveseat.sync.lease-seconds=60"};

    private final FakeEveSso sso = IntegrationEnvironment.sso();
    private final FakeEsi esi = IntegrationEnvironment.esi();

    @Test
    void everyDueSyncRunsOnceAcrossTheClusterAndASurvivorTakesOver() throws Exception {
        esi.resetFaults().cacheSeconds(Duration.ofSeconds(1)); // the first syncs' answers must not hold back the next
        try (PayaraNode a = PayaraNode.clustered("cluster-a", HAZELCAST, NODE_OPTIONS).start();
             PayaraNode b = PayaraNode.clustered("cluster-b", HAZELCAST, NODE_OPTIONS).start()) {
            Browser adminA = logIn(a, MAIN); // first: the first account of a fresh database is admin
            Browser adminB = logIn(b, MAIN);
            List<Long> pilots = LongStream.range(FIRST_PILOT, FIRST_PILOT + PILOTS).boxed().toList();
            pilots.forEach(pilot -> logIn(a, pilot));
            assertThat(adminA.post("api/v1/admin/sync/run").statusCode()).isEqualTo(200);
            awaitPartitions(() -> owned(adminA) + owned(adminB) == PARTITIONS && owned(adminA) > 0
                    && owned(adminB) > 0, "the two nodes share the partitions");

            // a new character's first sync runs at once; the due run measured below is each pilot's second
            awaitEveryPilotRunSince(Instant.EPOCH);
            pilots.forEach(pilot -> esi.ledger().character(pilot).walletBalance(BigDecimal.valueOf(pilot, 2)));
            PayaraNode.sleep(1_500); // the first answers' Expires (1 s) lies behind us: the due run asks ESI again

            LiveSocket onA = watching(a, adminA, pilots);
            LiveSocket onB = watching(b, adminB, pilots);
            Instant due = Instant.now();
            makeWalletBalancesDue();
            awaitEveryPilotRunSince(due);
            PayaraNode.sleep(3_000); // a sync run twice would show up by now
            assertEveryPilotsBalancePushed(onB, pilots);
            assertEveryPilotsBalancePushed(onA, pilots);
            assertThat(adminA.send("POST", "api/v1/admin/live/announcements", "{\"message\":\"node a speaking\"}")
                    .statusCode()).isEqualTo(202);
            long idOnB = onB.awaitEvent("announcement", "announcements").getJsonNumber("id").longValue();
            assertThat(onA.awaitEvent("announcement", "announcements").getJsonNumber("id").longValue())
                    .as("one id for the event on every node").isEqualTo(idOnB);
            onA.close();
            onB.close();
            Browser leaving = logIn(a, FIRST_PILOT);
            try (LiveSocket leavingOnB = LiveSocket.open(b.base(), leaving.sessionToken().orElseThrow())) {
                leavingOnB.awaitType("ws.welcome");
                assertThat(leaving.post("api/v1/auth/logout").statusCode()).isEqualTo(204);
                assertThat(leavingOnB.awaitClose()).as("a logout on node a closes the session's socket on node b")
                        .isEqualTo(1008);
            }

            for (long pilot : pilots) {
                assertThat(esi.requestCount("/characters/" + pilot + "/wallet")).as("pilot " + pilot + ": first sync "
                        + "and due run, each once").isEqualTo(2);
            }
            assertThat(updated(adminA)).as("node a did part of the work").isPositive();
            assertThat(updated(adminB)).as("node b did part of the work").isPositive();

            b.kill();
            awaitPartitions(() -> owned(adminA) == PARTITIONS, "the survivor owns every partition");
            Instant killed = Instant.now();
            makeWalletBalancesDue();
            awaitEveryPilotRunSince(killed);
        }
    }

    /** An admin's socket on the node, subscribed to every pilot's wallet topic and to announcements. */
    private static LiveSocket watching(PayaraNode node, Browser admin, List<Long> pilots) {
        LiveSocket socket = LiveSocket.open(node.base(), admin.sessionToken().orElseThrow());
        socket.awaitType("ws.welcome");
        for (long pilot : pilots) {
            socket.subscribe("character." + pilot + ".wallet");
        }
        socket.subscribe("announcements");
        socket.await(m -> "announcements".equals(m.getString("topic", "")) && m.getString("type").equals("ws.subscribed"),
                "the subscriptions confirmed");
        return socket;
    }

    /** Each sync ran on one node; the socket sees every pilot's balance, so events crossed from the other node. */
    private static void assertEveryPilotsBalancePushed(LiveSocket socket, List<Long> pilots) {
        Set<Long> pushed = new HashSet<>();
        while (pushed.size() < pilots.size()) {
            JsonObject event = socket.await(m -> m.getString("type").equals("wallet.balance")
                    && !pushed.contains(m.getJsonObject("payload").getJsonNumber("characterId").longValue()),
                    "wallet.balance of the remaining " + (pilots.size() - pushed.size()) + " pilots");
            pushed.add(event.getJsonObject("payload").getJsonNumber("characterId").longValue());
        }
        assertThat(pushed).containsExactlyInAnyOrderElementsOf(pilots);
    }

    private Browser logIn(PayaraNode node, long characterId) {
        sso.loginAs(characterId, "Pilot " + characterId, characterId == MAIN ? "owner-main" : "owner-" + characterId,
                Set.of("publicData", "esi-wallet.read_character_wallet.v1"));
        Browser browser = new Browser(node.base());
        assertThat(browser.logIn().statusCode()).isEqualTo(303);
        return browser;
    }

    private static void makeWalletBalancesDue() throws SQLException {
        try (Connection connection = IntegrationEnvironment.database().getConnection();
             Statement update = connection.createStatement()) {
            update.executeUpdate("update sync_schedule set next_due = now() where endpoint = 'WALLET_BALANCE' "
                    + "and owner_id between " + FIRST_PILOT + " and " + (FIRST_PILOT + PILOTS - 1));
        }
    }

    /** Waits until the balance sync of every pilot has run since {@code since}, on whichever node. */
    private static void awaitEveryPilotRunSince(Instant since) {
        Await.until("all " + PILOTS + " pilots synced since " + since + " (pilots synced as last seen)",
                Duration.ofSeconds(120), () -> pilotsRunSince(since), run -> run == PILOTS);
    }

    private static int pilotsRunSince(Instant since) {
        try (Connection connection = IntegrationEnvironment.database().getConnection();
             PreparedStatement select = connection.prepareStatement("select count(*) from sync_schedule where "
                     + "endpoint = 'WALLET_BALANCE' and owner_id between ? and ? and last_run > ?")) {
            select.setLong(1, FIRST_PILOT);
            select.setLong(2, FIRST_PILOT + PILOTS - 1);
            select.setObject(3, since.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitPartitions(BooleanSupplier condition, String what) {
        Await.until(what, Duration.ofSeconds(60), condition);
    }

    private static int owned(Browser node) {
        return EngineApi.object(node.get("api/v1/admin/sync")).getInt("partitionsOwned");
    }

    /** Balance syncs this node ran that stored a new balance. */
    private static long updated(Browser node) {
        JsonObject totals = EngineApi.object(node.get("api/v1/admin/sync")).getJsonObject("totals");
        String key = "WALLET_BALANCE/UPDATED";
        return totals.containsKey(key) ? totals.getJsonNumber(key).longValue() : 0;
    }

}
