package org.eveseat.adapter.persistence.wallet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;

import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.WalletJournalEntry;

/** Writes an owner's entries into a table with the {@link JournalRows#ALL_COLUMNS} columns, by COPY if it can. */
final class JournalFill {
    private JournalFill() {
    }

    static void into(Connection connection, String table, JournalOwner owner, List<WalletJournalEntry> entries)
            throws SQLException {
        if (connection.isWrapperFor(PGConnection.class)) {
            copy(connection.unwrap(PGConnection.class), table, owner, entries);
        } else {
            JournalBatchInsert.into(connection, table, owner, entries);
        }
    }

    private static void copy(PGConnection connection, String table, JournalOwner owner,
            List<WalletJournalEntry> entries) throws SQLException {
        byte[] csv = JournalRows.csv(owner, entries).getBytes(StandardCharsets.UTF_8);
        try {
            connection.getCopyAPI().copyIn("copy " + table + " (" + JournalRows.ALL_COLUMNS
                    + ") from stdin (format csv)", new ByteArrayInputStream(csv), csv.length);
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
    }
}
