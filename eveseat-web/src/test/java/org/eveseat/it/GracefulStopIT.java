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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.eveseat.fake.FakeEsi;
import org.eveseat.fake.FakeEveSso;
import org.eveseat.fake.ledger.JournalEntry;
import org.junit.jupiter.api.Test;

/**
 * A node stopped with SIGTERM in the middle of a large wallet-journal walk gives its leases back before it goes:
 * with the default 15-minute lease, the node started again accepts an operator's "run now" at once (no 409 "is
 * running now") and the walk goes on from the pages stored before the stop. Payara Micro ends the process on
 * SIGTERM while the jobs are being stopped, so the leases go back first, each ending when the stop wait does.
 */
class GracefulStopIT {
    private static final long PILOT = 2112000780L;
    private static final String JOURNAL = "WALLET_JOURNAL:" + PILOT;
    /** The default lease and stop wait, named: what a production node runs with. */
    private static final String[] DEFAULTS = {"-Deveseat.sync.lease-seconds=900", "-Deveseat.sync.stop-wait-seconds=5"};
    /** A node that runs only what it is asked to: nothing but the run-now may take the journal's lease. */
    private static final String NO_TIMER = "-Deveseat.sync.enabled=false";
    private static final Pattern HOLDER = Pattern.compile("this node holds its sync leases as (\\S+)");

    private final FakeEveSso sso = IntegrationEnvironment.sso();
    private final FakeEsi esi = IntegrationEnvironment.esi();

    @Test
    void aWalkCutShortBySigtermGivesItsLeaseBackSoARunNowAfterTheRestartGoesOnAtOnce() throws Exception {
        List<JournalEntry> ledger = journalOf(esi, PILOT);
        String journalPath = journalPath(PILOT);

        try (PayaraNode first = PayaraNode.lone("stop-a", DEFAULTS).start()) {
            esi.delay(Duration.ofMillis(400));
            // the pilot's first sync of every endpoint starts at its login: the journal walk is that one
            adminWithAlt(sso, first, PILOT, "Stopped Pilot", "owner-stopped");
            awaitStored(PILOT, PAGES / 3 * FakeEsi.DEFAULT_PAGE_SIZE);
            String holder = holder(first);
            assertThat(leasedBy(holder)).as("the walk's lease is this node's").contains(JOURNAL);

            first.stop();
            Instant stopped = Instant.now();

            assertThat(leasedBy(holder)).as("every lease of the stopped node given back").isEmpty();
            assertThat(journalLeaseEnd()).as("ends with the stop wait, not 15 minutes later")
                    .isBefore(stopped.plusSeconds(6));
        } finally {
            esi.delay(Duration.ZERO);
        }
        int storedAtStop = storedJournalIds(PILOT).size();
        int requestsAtStop = esi.requestCount(journalPath);
        assertThat(storedAtStop).as("stopped mid-walk").isBetween(1, ledger.size() - 1);

        try (PayaraNode second = PayaraNode.lone("stop-b", NO_TIMER).start()) {
            Browser admin = admin(sso, second);
            HttpResponse<String> runNow = admin.post("api/v1/admin/sync/WALLET_JOURNAL/" + PILOT + "/run");
            assertThat(runNow.statusCode()).as("accepted at once: " + runNow.body()).isEqualTo(200);
            assertThat(ApiResponses.json(runNow).getInt("claimed")).isEqualTo(1);

            assertWalkEndsWhereItLeftOff(esi, PILOT, ledger, storedAtStop, requestsAtStop);
            JsonObject state = new EngineApi(admin).schedule("WALLET_JOURNAL", PILOT).getJsonObject("state");
            assertThat(state.getInt("consecutiveFailures")).as("a stop is no failure: " + state).isZero();
        }
    }

    /** The name the node gives itself on the leases it takes, from its log. */
    private static String holder(PayaraNode node) {
        Matcher named = HOLDER.matcher(node.logSinceStart());
        assertThat(named.find()).as("the node names its lease holder").isTrue();
        return named.group(1);
    }

    /** The syncs whose lease {@code holder} holds, as ENDPOINT:owner. */
    private static List<String> leasedBy(String holder) throws SQLException {
        List<String> held = new ArrayList<>();
        query("select endpoint || ':' || owner_id from sync_schedule where leased_by = ?", holder,
                rows -> held.add(rows.getString(1)));
        return held;
    }

    private static Instant journalLeaseEnd() throws SQLException {
        List<Instant> ends = new ArrayList<>();
        query("select coalesce(leased_until, now()) from sync_schedule where endpoint || ':' || owner_id = ?", JOURNAL,
                rows -> ends.add(rows.getObject(1, OffsetDateTime.class).toInstant()));
        assertThat(ends).as("the walk's lease row").hasSize(1);
        return ends.get(0);
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private static void query(String sql, String parameter, RowReader reader) throws SQLException {
        try (Connection connection = IntegrationEnvironment.database().getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }
}
