package org.eveseat.adapter.persistence.wallet;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.WalletJournalEntry;

/** Writes an owner's entries into a table with the {@link JournalRows#ALL_COLUMNS} columns, by COPY if it can. */
final class JournalFill {
    private static final int SLICE = 250;

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

    /** Sent in slices, so that the server parses one while the next is encoded. */
    private static void copy(PGConnection connection, String table, JournalOwner owner,
            List<WalletJournalEntry> entries) throws SQLException {
        CopyIn copy = connection.getCopyAPI().copyIn("copy " + table + " (" + JournalRows.ALL_COLUMNS
                + ") from stdin (format csv)");
        try {
            for (int from = 0; from < entries.size(); from += SLICE) {
                byte[] csv = JournalRows.csv(owner, entries.subList(from, Math.min(from + SLICE, entries.size())))
                        .getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(csv, 0, csv.length);
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
