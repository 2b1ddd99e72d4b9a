package org.eveseat.adapter.persistence.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eveseat.adapter.persistence.testing.SingleConnection;
import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The writer inside a transaction, where chunks free of stored ids are copied straight into the table. */
class JournalFastPathTest {
    private final TestDatabase db = TestDatabase.get();
    private final JournalOwner pilot = JournalOwner.character(2112625429L);
    private final JournalOwner otherPilot = JournalOwner.character(2112625430L);
    private final List<SingleConnection> transactions = new ArrayList<>();

    @BeforeEach
    void empty() {
        db.truncateApplicationTables();
    }

    @AfterEach
    void close() throws SQLException {
        for (SingleConnection transaction : transactions) {
            transaction.connection().close();
        }
    }

    @Test
    void chunkWithoutStoredIdsInItsRangeSkipsTheStage() throws SQLException {
        SingleConnection tx = transaction();
        JdbcWalletJournalRepository journal = new JdbcWalletJournalRepository(tx.dataSource());

        assertThat(journal.insertNew(pilot, JournalFixtures.entries(1001, 2001))).isEqualTo(1000);
        assertThat(journal.insertNew(pilot, JournalFixtures.entries(1, 1001))).isEqualTo(1000);
        assertThat(stageExists(tx.connection())).isFalse();

        assertThat(journal.insertNew(pilot, JournalFixtures.entries(1990, 2010))).isEqualTo(9);
        assertThat(stageExists(tx.connection())).isTrue();
        tx.connection().commit();
        assertThat(journal.count(pilot)).isEqualTo(2009);
        assertThat(journal.newest(pilot, 3000)).containsExactlyInAnyOrderElementsOf(JournalFixtures.entries(1, 2010));
    }

    @Test
    void worksInATransactionWithoutTheCopyApi() throws SQLException {
        SingleConnection plainJdbc = new SingleConnection(db.dataSource(), false, true);
        transactions.add(plainJdbc);
        JdbcWalletJournalRepository journal = new JdbcWalletJournalRepository(plainJdbc.dataSource());

        assertThat(journal.insertNew(pilot, JournalFixtures.entries(1, 31))).isEqualTo(30);
        assertThat(journal.insertNew(pilot, JournalFixtures.entries(21, 41))).isEqualTo(10);
        plainJdbc.connection().commit();
        assertThat(journal.newest(pilot, 100)).containsExactlyInAnyOrderElementsOf(JournalFixtures.entries(1, 41));
    }

    @Test
    void idsRepeatedWithinAChunkAreStoredOnce() throws SQLException {
        List<WalletJournalEntry> twice = new ArrayList<>(JournalFixtures.entries(1, 11));
        twice.addAll(JournalFixtures.entries(5, 11));
        SingleConnection tx = transaction();

        assertThat(new JdbcWalletJournalRepository(tx.dataSource()).insertNew(pilot, twice)).isEqualTo(10);
        assertThat(new JdbcWalletJournalRepository(db.dataSource()).insertNew(otherPilot, twice)).isEqualTo(10);
    }

    @Test
    void writersOfTheSameOwnerQueueAndOthersDoNot() throws Exception {
        SingleConnection first = transaction();
        SingleConnection second = transaction();
        SingleConnection other = transaction();
        assertThat(new JdbcWalletJournalRepository(first.dataSource()).insertNew(pilot,
                JournalFixtures.entries(1, 1001))).isEqualTo(1000);

        int secondBackend = backendPid(second.connection());
        CompletableFuture<Integer> overlapping = CompletableFuture.supplyAsync(() -> new JdbcWalletJournalRepository(
                second.dataSource()).insertNew(pilot, JournalFixtures.entries(501, 1501)));
        assertThat(new JdbcWalletJournalRepository(other.dataSource()).insertNew(otherPilot,
                JournalFixtures.entries(1, 1001))).isEqualTo(1000);
        awaitWaitingForALock(secondBackend);
        assertThat(overlapping).isNotDone();

        first.connection().commit();
        assertThat(overlapping.get(10, TimeUnit.SECONDS)).isEqualTo(500);
        second.connection().commit();
        other.connection().commit();
        assertThat(new JdbcWalletJournalRepository(db.dataSource()).count(pilot)).isEqualTo(1500);
    }

    /** A first sync writes a chunk at a time into a table PostgreSQL has no statistics of yet. */
    @Test
    void theRangeCheckReadsOnlyTheChunksRangeOfTheKeyOnATableWithoutStatistics() throws SQLException {
        SingleConnection tx = transaction();
        JdbcWalletJournalRepository journal = new JdbcWalletJournalRepository(tx.dataSource());
        for (int from = 1; from <= 20_000; from += 1_000) {
            journal.insertNew(pilot, JournalFixtures.entries(from, from + 1_000));
        }
        tx.connection().createStatement().execute(
                "delete from pg_statistic where starelid = 'wallet_journal'::regclass");
        tx.connection().commit();

        String plan = explain(tx.connection(), 20_001, 21_000);

        assertThat(plan).contains("using pk_wallet_journal").doesNotContain("Sort").doesNotContain("Rows Removed");
        assertThat(explain(tx.connection(), 5_000, 6_000)).contains("pk_wallet_journal");
    }

    private String explain(Connection connection, long lowest, long highest) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("explain (analyze, costs off) "
                + JournalFastPath.STORED_IN_RANGE)) {
            JournalFastPath.bindRange(explain, 1, pilot, lowest, highest);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    private SingleConnection transaction() throws SQLException {
        SingleConnection tx = new SingleConnection(db.dataSource(), false, false);
        transactions.add(tx);
        return tx;
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery("select pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** PostgreSQL shows the backend waiting for a lock that another transaction holds. */
    private void awaitWaitingForALock(int backend) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try (Connection monitor = db.dataSource().getConnection(); PreparedStatement waitEvent = monitor
                .prepareStatement("select wait_event_type from pg_stat_activity where pid = ?")) {
            waitEvent.setInt(1, backend);
            while (true) {
                try (ResultSet rs = waitEvent.executeQuery()) {
                    if (rs.next() && "Lock".equals(rs.getString(1))) {
                        return;
                    }
                }
                assertThat(System.nanoTime()).as("backend %d waiting for a lock", backend).isLessThan(deadline);
            }
        }
    }

    private static boolean stageExists(Connection connection) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery(
                "select to_regclass('pg_temp." + JournalStage.TABLE + "') is not null")) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
