package org.eveseat.adapter.persistence.wallet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.WalletJournalEntry;

/**
 * The safe way in for entries that may already be stored: written to a session-local table without keys, then
 * moved with one {@code insert ... on conflict do nothing}. The table lives as long as the (pooled) connection and
 * is emptied before each use, so it works both inside a container transaction and with autocommit, where an
 * {@code on commit drop} table would vanish at once.
 */
final class JournalStage {
    static final String TABLE = "wallet_journal_incoming";

    private JournalStage() {
    }

    /**
     * Returns the entries that were new. Of entries repeating an id, the first is stored: the move reads the stage
     * in the order it was filled.
     */
    static List<WalletJournalEntry> move(Connection connection, JournalOwner owner, List<WalletJournalEntry> entries)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // one round trip for both
            statement.execute("create temp table if not exists " + TABLE + " as select " + JournalRows.ALL_COLUMNS
                    + " from wallet_journal with no data; truncate " + TABLE);
        }
        JournalFill.into(connection, TABLE, owner, entries);
        Set<Long> moved = new HashSet<>();
        try (PreparedStatement move = connection.prepareStatement("insert into wallet_journal select "
                + JournalRows.ALL_COLUMNS + " from " + TABLE + " on conflict do nothing returning journal_id");
             ResultSet rs = move.executeQuery()) {
            while (rs.next()) {
                moved.add(rs.getLong(1));
            }
        }
        return entries.stream().filter(e -> moved.remove(e.id())).toList();
    }
}
