package org.eveseat.adapter.persistence.wallet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.eveseat.adapter.persistence.StorableTextStatements;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.wallet.model.JournalContext;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.WalletJournalEntry;

/** The slower way to fill a table with entries, for a pool whose connections do not expose the COPY API. */
final class JournalBatchInsert {
    private JournalBatchInsert() {
    }

    /** Inserts into a table with the {@link JournalRows#ALL_COLUMNS} columns. */
    static void into(Connection connection, String table, JournalOwner owner, List<WalletJournalEntry> entries)
            throws SQLException {
        try (PreparedStatement insert = StorableTextStatements.wrap(connection.prepareStatement("insert into " + table
                + " (" + JournalRows.ALL_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            for (WalletJournalEntry e : entries) {
                JournalContext context = e.context();
                insert.setString(1, owner.kind().name());
                insert.setLong(2, owner.id());
                insert.setInt(3, owner.division());
                insert.setLong(4, e.id());
                insert.setObject(5, e.date().atOffset(java.time.ZoneOffset.UTC));
                insert.setString(6, e.refType().esiValue());
                insert.setString(7, e.description());
                insert.setBigDecimal(8, amount(e.amount()));
                insert.setBigDecimal(9, amount(e.balance()));
                insert.setObject(10, e.firstPartyId(), Types.BIGINT);
                insert.setObject(11, e.secondPartyId(), Types.BIGINT);
                insert.setString(12, e.reason());
                insert.setBigDecimal(13, amount(e.tax()));
                insert.setObject(14, e.taxReceiverId(), Types.BIGINT);
                insert.setObject(15, context == null ? null : context.id(), Types.BIGINT);
                insert.setString(16, context == null ? null : context.type().name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static java.math.BigDecimal amount(Isk isk) {
        return isk == null ? null : isk.amount();
    }
}
