package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.it.EngineApi.storedJournalIds;
import static org.eveseat.it.JournalWalkNodes.PAGES;
import static org.eveseat.it.JournalWalkNodes.admin;
import static org.eveseat.it.JournalWalkNodes.adminWithAlt;
import static org.eveseat.it.JournalWalkNodes.assertWalkEndsWhereItLeftOff;
import static org.eveseat.it.JournalWalkNodes.awaitStored;
import static org.eveseat.it.JournalWalkNodes.journalOf;
import static org.eveseat.it.JournalWalkNodes.journalPath;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import jakarta.json.JsonObject;

import org.eveseat.fake.FakeEsi;
import org.eveseat.fake.FakeEveSso;
import org.eveseat.fake.ledger.JournalEntry;
import org.junit.jupiter.api.Test;

/**
 * A node is killed with SIGKILL in the middle of a large wallet-journal job. When a node comes back, the sync's
 * lease runs out, the scheduler runs it again and the walk goes on from the last page stored before the kill: the
 * journal ends equal to the fake's ledger, and the pages before the kill are not fetched again. The killed
 * execution, which the batch runtime keeps STARTED for ever, is listed ABANDONED with what it stored.
 */
class CrashRecoveryIT {
    private static final long PILOT = 2112000777L;
    /** Short, so the test need not wait long for the dead node's lease; long enough for a busy CI machine. */
    private static final String[] NODE_OPTIONS = {"-Deveseat.sync.lease-seconds=15"};

    private final FakeEveSso sso = IntegrationEnvironment.sso();
    private final FakeEsi esi = IntegrationEnvironment.esi();

    @Test
    void aJobCutShortBySigkillResumesAfterRestartAndEndsExact() throws Exception {
        List<JournalEntry> ledger = journalOf(esi, PILOT);
        String journalPath = journalPath(PILOT);
        long killed;

        try (PayaraNode first = PayaraNode.lone("crash-a", NODE_OPTIONS).start()) {
            esi.delay(Duration.ofMillis(400));
            // the pilot's first sync of every endpoint starts at its login: the journal walk is that one
            Browser admin = adminWithAlt(sso, first, PILOT, "Crash Pilot", "owner-crash");
            awaitStored(PILOT, PAGES / 3 * FakeEsi.DEFAULT_PAGE_SIZE);
            killed = new EngineApi(admin).newestExecution();
            assertARunNowLeavesTheRunningWalkAlone(admin, killed);
            first.kill();
        }
        int storedAtKill = storedJournalIds(PILOT).size();
        int requestsAtKill = esi.requestCount(journalPath);
        esi.delay(Duration.ZERO);
        assertThat(storedAtKill).as("killed mid-walk").isBetween(1, ledger.size() - 1);

        try (PayaraNode second = PayaraNode.lone("crash-b", NODE_OPTIONS).start()) {
            assertWalkEndsWhereItLeftOff(esi, PILOT, ledger, storedAtKill, requestsAtKill);

            JsonObject abandoned = awaitAbandoned(new EngineApi(admin(sso, second)), killed);
            assertThat(abandoned.getJsonNumber("rowsStored").longValue()).as(abandoned.toString())
                    .isBetween((long) storedAtKill - FakeEsi.DEFAULT_PAGE_SIZE, (long) storedAtKill).isPositive();
            assertThat(abandoned.getJsonNumber("pagesStored").longValue())
                    .isEqualTo(abandoned.getJsonNumber("rowsStored").longValue() / FakeEsi.DEFAULT_PAGE_SIZE);
            assertThat(abandoned.getString("ended", null)).as("ended at its lease end").isNotNull();
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
        return Await.until("execution " + executionId + " abandoned", Duration.ofSeconds(150),
                () -> api.execution(executionId), run -> run.getString("status").equals("ABANDONED"));
    }
}
