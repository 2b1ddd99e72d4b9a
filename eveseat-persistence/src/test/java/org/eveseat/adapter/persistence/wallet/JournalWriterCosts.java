package org.eveseat.adapter.persistence.wallet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.WalletJournalEntry;

/**
 * Where the writer's time goes beyond raw COPY: the same chunks of 1,000 with one transaction each, written by
 * paths that each add one of the writer's costs to the one before (the per-chunk transaction, the primary key,
 * the date index, the range check under the owner's lock); the writer itself adds the rollups.
 */
final class JournalWriterCosts {
    static final String NO_KEYS = "journal_cost_no_keys";
    static final String PRIMARY_KEY = "journal_cost_primary_key";

    /** One chunk's writes, inside the chunk's transaction. */
    interface Chunk {
        void write(Connection connection, JournalOwner owner, List<WalletJournalEntry> entries) throws SQLException;
    }

    /** A named path that adds one cost to the one before it. */
    record Step(String name, Chunk chunk) {
    }

    private JournalWriterCosts() {
    }

    static List<Step> steps() {
        return List.of(new Step("COPY per chunk, own transaction, no keys", (c, o, e) -> JournalFill.into(c,
                        NO_KEYS, o, e)),
                new Step("+ the primary key", (c, o, e) -> JournalFill.into(c, PRIMARY_KEY, o, e)),
                new Step("+ the date index (wallet_journal)", (c, o, e) -> JournalFill.into(c, "wallet_journal",
                        o, e)),
                new Step("+ the range check under the lock", JournalWriterCosts::checkedCopy));
    }

    /** The tables of the first two steps, empty. */
    private static void prepare(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists " + NO_KEYS + " as select * from wallet_journal with no data;"
                    + "create table if not exists " + PRIMARY_KEY + " as select * from wallet_journal with no data;"
                    + "alter table " + PRIMARY_KEY + " drop constraint if exists " + PRIMARY_KEY + "_pkey;"
                    + "alter table " + PRIMARY_KEY + " add primary key (owner_id, division, journal_id);"
                    + "truncate " + NO_KEYS + ", " + PRIMARY_KEY);
        }
    }

    /** The writer's fast path without its rollups: the owner's lock and range check in one round trip, then COPY. */
    private static void checkedCopy(Connection connection, JournalOwner owner, List<WalletJournalEntry> entries)
            throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(JournalFastPath.LOCK
                + JournalFastPath.STORED_IN_RANGE)) {
            JournalFastPath.bindLock(claim, owner);
            JournalFastPath.bindRange(claim, 3, owner, entries.get(0).id(), entries.get(entries.size() - 1).id());
            claim.execute();
            claim.getMoreResults();
            if (claim.getResultSet().next()) {
                throw new IllegalStateException("the benchmark's chunks never overlap");
            }
        }
        JournalFill.into(connection, "wallet_journal", owner, entries);
    }

    /** The chunk writes of {@code rows} entries in chunks of 1,000, one transaction each, on empty tables. */
    static long chunked(DataSource dataSource, Chunk chunk, int rows) throws SQLException {
        prepare(dataSource);
        JournalOwner owner = JournalOwner.character(2);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long nanos = 0;
            for (int from = 1; from <= rows; from += 1_000) {
                List<WalletJournalEntry> entries = JournalFixtures.entries(from, Math.min(from + 1_000, rows + 1));
                long start = System.nanoTime();
                chunk.write(connection, owner, entries);
                connection.commit();
                nanos += System.nanoTime() - start;
            }
            return nanos;
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
