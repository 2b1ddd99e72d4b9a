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
 * transaction ends, keeps the answer true until then: writers of the same owner queue, others do not.
 */
final class JournalFastPath {
    /** First key of the two-key advisory lock: names this family of locks, the second key names the owner. */
    private static final int LOCK_FAMILY = 0x574A_4E4C;

    private JournalFastPath() {
    }

    static boolean claim(Connection connection, JournalOwner owner, List<WalletJournalEntry> entries)
            throws SQLException {
        long[] ids = entries.stream().mapToLong(WalletJournalEntry::id).sorted().toArray();
        if (connection.getAutoCommit() || !distinct(ids)) {
            return false; // without a transaction the lock would end with its own statement
        }
        // two statements in one round trip: the second's snapshot is taken once the first holds the lock, so it
        // sees what the lock's previous holder committed
        try (PreparedStatement claim = connection.prepareStatement("select pg_advisory_xact_lock(?, ?); "
                + "select exists (select 1 from wallet_journal where " + JournalRows.OWNER
                + " and journal_id between ? and ?)")) {
            claim.setInt(1, LOCK_FAMILY);
            claim.setInt(2, Long.hashCode(owner.id() * 16 + owner.division() * 2 + owner.kind().ordinal()));
            JournalRows.bindOwner(claim, 3, owner);
            claim.setLong(6, ids[0]);
            claim.setLong(7, ids[ids.length - 1]);
            claim.execute();
            claim.getMoreResults();
            try (ResultSet stored = claim.getResultSet()) {
                return stored.next() && !stored.getBoolean(1);
            }
        }
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
