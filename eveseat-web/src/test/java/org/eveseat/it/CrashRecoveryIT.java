package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.it.EngineApi.storedJournalIds;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.eveseat.fake.FakeEsi;
import org.eveseat.fake.FakeEveSso;
import org.eveseat.fake.ledger.JournalEntry;
import org.junit.jupiter.api.Test;

/**
 * A node is killed with SIGKILL in the middle of a large wallet-journal job. When a node comes back, the sync's
 * lease runs out, the scheduler runs it again and the walk goes on from the last page stored before the kill: the
 * journal ends equal to the fake's ledger, and the pages before the kill are not fetched again. The killed
 * execution, which the batch runtime keeps STARTED for ever, is listed ABANDONED with what it stored.
 * A node stopped with SIGTERM instead stops the job after its page and gives its leases back: with the default
 * 15-minute lease, the node started again accepts an operator's "run now" at once (no 409 "is running now"), and
 * the walk goes on from where it stopped; the stopped run is deferred, not failed, and its execution STOPPED.
 */
class CrashRecoveryIT {
    private static final long MAIN = 2112625428L;
    private static final long PILOT = 2112000777L;
    private static final long STOPPED_PILOT = 2112000780L;
    private static final int PAGES = 30;
    /** Short, so the test need not wait long for the dead node's lease; long enough for a busy CI machine. */
    private static final String[] NODE_OPTIONS = {"-Deveseat.sync.lease-seconds=15"};
    /** The default lease, and room for a busy machine to end the page in flight (the default is a few seconds). */
    private static final String[] STOPPING_NODE = {"-Deveseat.sync.lease-seconds=900",
        "-Deveseat.sync.stop-wait-seconds=30"};
    /** A node that runs only what it is asked to: nothing but the run-now may take the journal's lease. */
    private static final String NO_TIMER = "-Deveseat.sync.enabled=false";
    private static final Pattern HOLDER = Pattern.compile("this node holds its sync leases as (\\S+)");

    private final FakeEveSso sso = IntegrationEnvironment.sso();
    private final FakeEsi esi = IntegrationEnvironment.esi();

    @Test
    void aJobCutShortBySigkillResumesAfterRestartAndEndsExact() throws Exception {
        List<JournalEntry> ledger = journalOf(PILOT);
        long killed;

        try (PayaraNode first = PayaraNode.lone("crash-a", NODE_OPTIONS).start()) {
            esi.delay(Duration.ofMillis(400));
            // the pilot's first sync of every endpoint starts at its login: the journal walk is that one
            Browser admin = adminWithAlt(first, PILOT, "Crash Pilot", "owner-crash");
            awaitStored(PILOT, PAGES / 3 * FakeEsi.DEFAULT_PAGE_SIZE);
            killed = new EngineApi(admin).newestExecution();
            assertARunNowLeavesTheRunningWalkAlone(admin, killed);
            first.kill();
        }
        int storedAtKill = storedJournalIds(PILOT).size();
        int requestsAtKill = esi.requestCount(journalPath(PILOT));
        esi.delay(Duration.ZERO);
        assertThat(storedAtKill).as("killed mid-walk").isBetween(1, ledger.size() - 1);

        try (PayaraNode second = PayaraNode.lone("crash-b", NODE_OPTIONS).start()) {
            assertWalkEndsExactWhereItLeftOff(PILOT, ledger, storedAtKill, requestsAtKill);

            JsonObject abandoned = awaitAbandoned(new EngineApi(admin(second)), killed);
            assertThat(abandoned.getJsonNumber("rowsStored").longValue()).as(abandoned.toString())
                    .isBetween((long) storedAtKill - FakeEsi.DEFAULT_PAGE_SIZE, (long) storedAtKill).isPositive();
            assertThat(abandoned.getJsonNumber("pagesStored").longValue())
                    .isEqualTo(abandoned.getJsonNumber("rowsStored").longValue() / FakeEsi.DEFAULT_PAGE_SIZE);
            assertThat(abandoned.getString("ended", null)).as("ended at its lease end").isNotNull();
        }
    }

    @Test
    void aJobCutShortBySigtermGivesItsLeaseBackSoARunNowAfterTheRestartGoesOnAtOnce() throws Exception {
        List<JournalEntry> ledger = journalOf(STOPPED_PILOT);
        String journal = "WALLET_JOURNAL:" + STOPPED_PILOT;
        long stopped;

        try (PayaraNode first = PayaraNode.lone("stop-a", STOPPING_NODE).start()) {
            esi.delay(Duration.ofMillis(400));
            Browser admin = adminWithAlt(first, STOPPED_PILOT, "Stopped Pilot", "owner-stopped");
            awaitStored(STOPPED_PILOT, PAGES / 3 * FakeEsi.DEFAULT_PAGE_SIZE);
            stopped = journalExecution(admin, STOPPED_PILOT);
            String holder = holder(first);
            assertThat(leasedBy(holder)).as("the walk's lease is this node's").contains(journal);

            first.stop();

            assertThat(leasedBy(holder)).as("every lease of the stopped node given back").isEmpty();
        } finally {
            esi.delay(Duration.ZERO);
        }
        int storedAtStop = storedJournalIds(STOPPED_PILOT).size();
        int requestsAtStop = esi.requestCount(journalPath(STOPPED_PILOT));
        assertThat(storedAtStop).as("stopped mid-walk").isBetween(1, ledger.size() - 1);

        try (PayaraNode second = PayaraNode.lone("stop-b", NO_TIMER).start()) {
            Browser admin = admin(second);
            EngineApi engine = new EngineApi(admin);
            JsonObject state = engine.schedule("WALLET_JOURNAL", STOPPED_PILOT).getJsonObject("state");
            assertThat(state.getString("lastStatus")).as("stopped, not failed").isEqualTo("DEFERRED");
            assertThat(state.getInt("consecutiveFailures")).isZero();
            assertThat(engine.execution(stopped).getString("status")).isEqualTo("STOPPED");

            HttpResponse<String> runNow = admin.post("api/v1/admin/sync/WALLET_JOURNAL/" + STOPPED_PILOT + "/run");
            assertThat(runNow.statusCode()).as("accepted at once: " + runNow.body()).isEqualTo(200);
            assertThat(ApiResponses.json(runNow).getInt("claimed")).isEqualTo(1);

            assertWalkEndsExactWhereItLeftOff(STOPPED_PILOT, ledger, storedAtStop, requestsAtStop);
        }
    }

    /** A journal of {@link #PAGES} full pages for the pilot on the fake ESI, its answers cached for an hour. */
    private List<JournalEntry> journalOf(long pilot) {
        List<JournalEntry> ledger = JournalEntry.generate(pilot, PAGES * FakeEsi.DEFAULT_PAGE_SIZE,
                esi.ledger().anchor());
        esi.resetFaults().pageSize(FakeEsi.DEFAULT_PAGE_SIZE).cacheSeconds(Duration.ofSeconds(3600));
        esi.ledger().character(pilot).journal().set(ledger);
        return ledger;
    }

    /** The walk goes on to the end of the ledger from the pages stored before it was cut short, not from page 1. */
    private void assertWalkEndsExactWhereItLeftOff(long pilot, List<JournalEntry> ledger, int storedBefore,
                                                   int requestsBefore) {
        awaitStored(pilot, ledger.size());
        assertThat(storedJournalIds(pilot)).as("0 missing, 0 duplicate")
                .containsExactlyElementsOf(ledger.stream().map(JournalEntry::id).toList());
        int pagesLeft = PAGES - storedBefore / FakeEsi.DEFAULT_PAGE_SIZE;
        assertThat(esi.requestCount(journalPath(pilot)) - requestsBefore)
                .as("resumed where it stopped, not from page 1").isLessThanOrEqualTo(pagesLeft + 2);
    }

    private static String journalPath(long pilot) {
        return "/characters/" + pilot + "/wallet/journal";
    }

    /** The newest execution of the pilot's journal walk (the node's first syncs start other jobs beside it). */
    private static long journalExecution(Browser admin, long pilot) {
        for (JsonValue value : EngineApi.array(admin.get("api/v1/admin/jobs?limit=200"))) {
            JsonObject parameters = value.asJsonObject().getJsonObject("parameters");
            if ("WALLET_JOURNAL".equals(parameters.getString("syncEndpoint", ""))
                    && Long.toString(pilot).equals(parameters.getString("syncOwnerId", ""))) {
                return value.asJsonObject().getJsonNumber("executionId").longValue();
            }
        }
        throw new AssertionError("no journal walk of " + pilot + " started");
    }

    /** The name the node gives itself on the leases it takes, from its log. */
    private static String holder(PayaraNode node) {
        Matcher named = HOLDER.matcher(node.logSinceStart());
        assertThat(named.find()).as("the node names its lease holder").isTrue();
        return named.group(1);
    }

    /** The syncs whose lease {@code holder} holds, as ENDPOINT:owner. */
    private static List<String> leasedBy(String holder) throws SQLException {
        try (Connection connection = IntegrationEnvironment.database().getConnection();
             PreparedStatement select = connection.prepareStatement("select endpoint, owner_id from sync_schedule "
                     + "where leased_by = ?")) {
            select.setString(1, holder);
            List<String> held = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    held.add(rows.getString(1) + ":" + rows.getLong(2));
                }
            }
            return held;
        }
    }

    /** An operator's "run now" during the walk is refused, and starts no second walk beside it. */
    private static void assertARunNowLeavesTheRunningWalkAlone(Browser admin, long running) {
        HttpResponse<String> runNow = admin.post("api/v1/admin/sync/WALLET_JOURNAL/" + PILOT + "/run");
        ApiResponses.assertProblem(runNow, 409);
        assertThat(ApiResponses.json(runNow).getString("detail")).contains("is running now");
        assertThat(new EngineApi(admin).newestExecution()).as("no second execution").isEqualTo(running);
    }

    /** The sweep runs once a minute on each node, the first time at the node's first tick. */
    private static JsonObject awaitAbandoned(EngineApi api, long executionId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        JsonObject run = api.execution(executionId);
        while (!run.getString("status").equals("ABANDONED")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("execution " + executionId + " is still " + run);
            }
            PayaraNode.sleep(500);
            run = api.execution(executionId);
        }
        return run;
    }

    /** The admin's account (MAIN, the configured admin) with the pilot linked to it as an alt. */
    private Browser adminWithAlt(PayaraNode node, long pilot, String name, String ownerHash) {
        Browser admin = admin(node);
        sso.loginAs(pilot, name, ownerHash, Set.of("publicData", "esi-wallet.read_character_wallet.v1"));
        assertThat(admin.logIn().statusCode()).isEqualTo(303);
        return admin;
    }

    private Browser admin(PayaraNode node) {
        Browser admin = new Browser(node.base());
        sso.loginAs(MAIN, "Main Pilot", "owner-main", Set.of("publicData"));
        assertThat(admin.logIn().statusCode()).isEqualTo(303);
        return admin;
    }

    private static void awaitStored(long pilot, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (storedJournalIds(pilot).size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + storedJournalIds(pilot).size() + " of " + count + " stored");
            }
            PayaraNode.sleep(200);
        }
    }
}
