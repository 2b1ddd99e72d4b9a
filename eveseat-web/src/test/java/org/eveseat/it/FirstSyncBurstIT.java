package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.eveseat.fake.FakeEsi;
import org.eveseat.fake.FakeEveSso;
import org.eveseat.fake.ledger.JournalEntry;
import org.junit.jupiter.api.Test;

/**
 * A burst of first syncs: pilots log in together, in rounds, so that every pilot's first sync of each endpoint
 * (a wallet-journal job among them) starts at once, while the next logins store accounts, characters and tokens
 * and the jobs of the round before still run. Each job must run in transactions of its own: every execution ends
 * COMPLETED with the pilot's whole journal, the node never refuses a job's transaction ("Operation not allowed"),
 * and PostgreSQL never holds a session idle in a transaction (a chunk's transaction left open would).
 */
class FirstSyncBurstIT {
    private static final long FIRST_PILOT = 2114000001L;
    private static final int ROUNDS = 4;
    private static final int PILOTS_PER_ROUND = 30;
    private static final int PAGE_SIZE = 40;
    private static final int PAGES = 3;
    private static final Duration STUCK = Duration.ofSeconds(20);

    private final FakeEveSso sso = IntegrationEnvironment.sso();
    private final FakeEsi esi = IntegrationEnvironment.esi();

    @Test
    void everyJobOfABurstOfFirstSyncsCommitsInItsOwnTransactions() throws Exception {
        List<Long> pilots = LongStream.range(FIRST_PILOT, FIRST_PILOT + ROUNDS * PILOTS_PER_ROUND).boxed().toList();
        esi.resetFaults().pageSize(PAGE_SIZE).cacheSeconds(Duration.ofSeconds(3600));
        pilots.forEach(pilot -> esi.ledger().character(pilot).journal()
                .set(JournalEntry.generate(pilot, PAGES * PAGE_SIZE, esi.ledger().anchor())));
        Map<Integer, String> stuck = new ConcurrentHashMap<>();
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor();
        try (PayaraNode node = PayaraNode.lone("first-sync-burst").start()) {
            watch.scheduleWithFixedDelay(() -> stuck.putAll(idleInTransaction()), 0, 500, TimeUnit.MILLISECONDS);
            for (int round = 0; round < ROUNDS; round++) {
                logInTogether(node, pilots.subList(round * PILOTS_PER_ROUND, (round + 1) * PILOTS_PER_ROUND));
            }
            Map<String, Long> outcomes = awaitJournalJobsEnded(pilots);
            List<String> refused = node.logSinceStart().lines().filter(line -> line.contains("Operation not allowed"))
                    .toList();
            assertThat(refused).as("a job's transaction refused").isEmpty();
            assertThat(stuck).as("sessions idle in a transaction for over " + STUCK).isEmpty();
            assertThat(outcomes).as("journal job outcomes").containsOnlyKeys("COMPLETED");
            for (long pilot : pilots) {
                assertThat(EngineApi.storedJournalIds(pilot)).as("pilot " + pilot).hasSize(PAGES * PAGE_SIZE);
            }
        } finally {
            watch.shutdownNow();
            // the fake ESI is shared by every test class of the run: later ones expect its usual pages
            esi.pageSize(FakeEsi.DEFAULT_PAGE_SIZE);
        }
    }

    /** The consent of each pilot is given one after the other (the fake SSO approves for one pilot at a time). */
    private void logInTogether(PayaraNode node, List<Long> pilots) throws Exception {
        Map<Browser, String> callbacks = new LinkedHashMap<>();
        for (long pilot : pilots) {
            sso.loginAs(pilot, "Burst Pilot " + pilot, "owner-" + pilot,
                    Set.of("publicData", "esi-wallet.read_character_wallet.v1"));
            Browser browser = new Browser(node.base());
            callbacks.put(browser, browser.approvedCallback());
        }
        ExecutorService browsers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            callbacks.forEach((browser, callback) -> answers.add(browsers.submit(() -> browser.get(callback)
                    .statusCode())));
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(303);
            }
        } finally {
            browsers.shutdownNow();
        }
    }

    /** Waits until every pilot's journal job has ended; returns how many runs ended with which outcome. */
    private static Map<String, Long> awaitJournalJobsEnded(List<Long> pilots) {
        String owners = "owner_id between " + pilots.get(0) + " and " + pilots.get(pilots.size() - 1);
        record Runs(long ended, Map<String, Long> outcomes) { }
        return Await.until("the journal jobs of all " + pilots.size() + " pilots ended", Duration.ofSeconds(240),
                () -> {
                    try {
                        return new Runs(Long.parseLong(query("select 1, count(distinct owner_id) from sync_job_run "
                                + "where endpoint = 'WALLET_JOURNAL' and outcome is not null and " + owners)
                                .getOrDefault("1", "0")), query("select coalesce(outcome, 'RUNNING'), count(*) from "
                                + "sync_job_run where endpoint = 'WALLET_JOURNAL' and " + owners + " group by 1")
                                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                                        e -> Long.parseLong(e.getValue()))));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }, runs -> runs.ended() == pilots.size() && !runs.outcomes().containsKey("RUNNING")).outcomes();
    }

    private static Map<Integer, String> idleInTransaction() {
        try {
            return query("select pid, query from pg_stat_activity where state = 'idle in transaction' and "
                    + "state_change < now() - interval '" + STUCK.toSeconds() + " seconds'").entrySet().stream()
                    .collect(Collectors.toMap(e -> Integer.parseInt(e.getKey()), Map.Entry::getValue));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column as key, the second as value. */
    private static Map<String, String> query(String select) throws SQLException {
        try (Connection connection = IntegrationEnvironment.database().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(select)) {
            Map<String, String> result = new TreeMap<>();
            while (rows.next()) {
                result.put(rows.getString(1), rows.getString(2));
            }
            return result;
        }
    }
}
