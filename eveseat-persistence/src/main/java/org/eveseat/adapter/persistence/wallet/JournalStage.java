package org.eveseat.adapter.persistence.wallet;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.postgresql.PGConnection;

import org.eveseat.domain.wallet.model.WalletJournalEntry;

/**
 * A session-local table without keys or indexes that a batch is streamed into before one set-based insert moves
 * it. It lives as long as the (pooled) connection and is emptied before each use, so it works both inside a
 * container transaction and with autocommit, where an {@code on commit drop} table would vanish at once.
 */
final class JournalStage {
    static final String TABLE = "wallet_journal_stage";

    private JournalStage() {
    }

    static void fill(Connection connection, List<WalletJournalEntry> entries) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // one round trip: this runs once per ESI page
            statement.execute("create temp table if not exists " + TABLE + " as select " + JournalRows.COLUMNS
                    + " from wallet_journal with no data; truncate " + TABLE);
        }
        if (connection.isWrapperFor(PGConnection.class)) {
            copy(connection.unwrap(PGConnection.class), TABLE, entries);
        } else {
            JournalBatchInsert.into(connection, TABLE, entries);
        }
    }

    /** COPY of the entries' CSV into a table with the {@link JournalRows#COLUMNS} columns. */
    static long copy(PGConnection connection, String table, List<WalletJournalEntry> entries) throws SQLException {
        try {
            return connection.getCopyAPI().copyIn("copy " + table + " (" + JournalRows.COLUMNS
                    + ") from stdin (format csv)", new StringReader(JournalRows.csv(entries)));
        } catch (java.io.IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
    }
}
