package org.eveseat.adapter.persistence.wallet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.wallet.model.JournalContext;
import org.eveseat.domain.wallet.model.WalletJournalEntry;

/** The slower way to fill a table with entries, for a pool whose connections do not expose the COPY API. */
final class JournalBatchInsert {
    private JournalBatchInsert() {
    }

    static void into(Connection connection, String table, List<WalletJournalEntry> entries) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into " + table + " (" + JournalRows.COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (WalletJournalEntry e : entries) {
                JournalContext context = e.context();
                insert.setLong(1, e.id());
                insert.setObject(2, e.date().atOffset(java.time.ZoneOffset.UTC));
                insert.setString(3, e.refType().esiValue());
                insert.setString(4, e.description());
                insert.setBigDecimal(5, amount(e.amount()));
                insert.setBigDecimal(6, amount(e.balance()));
                insert.setObject(7, e.firstPartyId(), Types.BIGINT);
                insert.setObject(8, e.secondPartyId(), Types.BIGINT);
                insert.setString(9, e.reason());
                insert.setBigDecimal(10, amount(e.tax()));
                insert.setObject(11, e.taxReceiverId(), Types.BIGINT);
                insert.setObject(12, context == null ? null : context.id(), Types.BIGINT);
                insert.setString(13, context == null ? null : context.type().name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static java.math.BigDecimal amount(Isk isk) {
        return isk == null ? null : isk.amount();
    }
}
