package org.eveseat.adapter.persistence.wallet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.WalletJournalEntry;

/**
 * Whether a chunk can go straight into {@code wallet_journal}, skipping the stage and the conflict check: its ids
 * are distinct and none of the owner's stored ids lies between its lowest and highest. That is the usual chunk of
 * a sync, which stops reading at the entries it has. The owner's advisory lock, held until the caller's
 * transaction ends, keeps the answer true until then: writers of the same owner queue, others do not. The same
 * round trip adds a chunk that may go in to the rollups.
 */
final class JournalFastPath {
    /** First key of the two-key advisory lock: names this family of locks, the second key names the owner. */
    private static final int LOCK_FAMILY = 0x574A_4E4C;
    /**
     * The lowest stored id of the owner in a range, if any. Ordered by the primary key's last column and limited
     * to one row, so that the key (which needs no sort and stops at the first row) is the plan even on a table
     * without statistics yet, as in a first sync: asked as a plain {@code exists}, the planner took
     * {@code ix_wallet_journal_date} there and walked every stored row of the owner for each chunk. The division
     * tells the owner kind (a check constraint), so the key's columns are the whole condition.
     */
    /** The owner's lock, the first statement of a claim; bound by {@link #bindLock}. */
    static final String LOCK = "select pg_advisory_xact_lock(?, ?); ";
    static final String STORED_IN_RANGE = "select journal_id from wallet_journal where owner_id = ? and division = ?"
            + " and journal_id between ? and ? order by journal_id limit 1";

    private JournalFastPath() {
    }

    static boolean claim(Connection connection, JournalOwner owner, List<WalletJournalEntry> entries)
            throws SQLException {
        long[] ids = entries.stream().mapToLong(WalletJournalEntry::id).sorted().toArray();
        if (connection.getAutoCommit() || !distinct(ids)) {
            return false; // without a transaction the lock would end with its own statement
        }
        // two statements in one round trip: the second's snapshot is taken once the first holds the lock, so it
        // sees what the lock's previous holder committed; it adds the chunk to the rollups if the chunk may go in
        try (PreparedStatement claim = connection.prepareStatement(LOCK + "with stored as (" + STORED_IN_RANGE
                + "), rollup as (" + JournalRollup.upserts(
                        "where not exists (select 1 from stored)", "), parties as (")
                + ") select journal_id from stored")) {
            bindLock(claim, owner);
            bindRange(claim, 3, owner, ids[0], ids[ids.length - 1]);
            JournalRollup.bind(claim, 7, owner, entries);
            claim.execute();
            claim.getMoreResults();
            try (ResultSet stored = claim.getResultSet()) {
                return !stored.next();
            }
        }
    }

    /** Binds the two parameters of {@link #LOCK}, the first of the statement. */
    static void bindLock(PreparedStatement statement, JournalOwner owner) throws SQLException {
        statement.setInt(1, LOCK_FAMILY);
        statement.setInt(2, Long.hashCode(owner.id() * 16 + owner.division() * 2 + owner.kind().ordinal()));
    }

    /** Binds the four parameters of {@link #STORED_IN_RANGE}, the first at {@code index}. */
    static void bindRange(PreparedStatement statement, int index, JournalOwner owner, long lowest, long highest)
            throws SQLException {
        statement.setLong(index, owner.id());
        statement.setShort(index + 1, (short) owner.division());
        statement.setLong(index + 2, lowest);
        statement.setLong(index + 3, highest);
    }

    private static boolean distinct(long[] sorted) {
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
