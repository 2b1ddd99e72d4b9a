package org.eveseat.adapter.persistence.wallet;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.eveseat.adapter.persistence.StorableText;
import org.eveseat.adapter.persistence.StorableTextStatements;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.wallet.model.ContextIdType;
import org.eveseat.domain.wallet.model.JournalContext;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalRefType;
import org.eveseat.domain.wallet.model.WalletJournalEntry;

/** The columns of {@code wallet_journal}, as COPY CSV text and back from a result set. */
final class JournalRows {
    static final String OWNER_COLUMNS = "owner_kind, owner_id, division";
    static final String COLUMNS = "journal_id, date, ref_type, description, amount, balance, first_party_id, "
            + "second_party_id, reason, tax, tax_receiver_id, context_id, context_id_type";
    static final String ALL_COLUMNS = OWNER_COLUMNS + ", " + COLUMNS;
    /** The condition on one owner's rows, bound by {@link #owned}; its order is the primary key's. */
    static final String OWNER = "owner_id = ? and division = ? and owner_kind = ?";

    private JournalRows() {
    }

    /**
     * CSV of {@link #ALL_COLUMNS}. CSV because it tells null (nothing) from the empty string (quoted) without
     * escaping every character.
     */
    static String csv(JournalOwner owner, List<WalletJournalEntry> entries) {
        String ownerColumns = owner.kind().name() + ',' + owner.id() + ',' + owner.division() + ',';
        StringBuilder out = new StringBuilder(entries.size() * 190);
        for (WalletJournalEntry e : entries) {
            JournalContext context = e.context();
            out.append(ownerColumns).append(e.id()).append(',').append(e.date()).append(',');
            text(out, e.refType().esiValue()).append(',');
            text(out, e.description()).append(',');
            isk(out, e.amount()).append(',');
            isk(out, e.balance()).append(',');
            value(out, e.firstPartyId()).append(',');
            value(out, e.secondPartyId()).append(',');
            text(out, e.reason()).append(',');
            isk(out, e.tax()).append(',');
            value(out, e.taxReceiverId()).append(',');
            value(out, context == null ? null : context.id()).append(',');
            value(out, context == null ? null : context.type().name()).append('\n');
        }
        return out.toString();
    }

    /** Reads the columns in {@link #COLUMNS} order. */
    static WalletJournalEntry entry(ResultSet rs) throws SQLException {
        Long contextId = rs.getObject(12, Long.class);
        JournalContext context = contextId == null ? null
                : new JournalContext(contextId, ContextIdType.valueOf(rs.getString(13)));
        return new WalletJournalEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                new JournalRefType(rs.getString(3)), rs.getString(4), isk(rs.getBigDecimal(5)),
                isk(rs.getBigDecimal(6)), rs.getObject(7, Long.class), rs.getObject(8, Long.class), rs.getString(9),
                isk(rs.getBigDecimal(10)), rs.getObject(11, Long.class), context);
    }

    /** A statement whose first three parameters are the owner of {@link #OWNER}. */
    static PreparedStatement owned(Connection connection, String sql, JournalOwner owner) throws SQLException {
        PreparedStatement statement = StorableTextStatements.wrap(connection.prepareStatement(sql));
        bindOwner(statement, 1, owner);
        return statement;
    }

    /** Binds the three parameters of {@link #OWNER}, the first at {@code index}. */
    static void bindOwner(PreparedStatement statement, int index, JournalOwner owner) throws SQLException {
        statement.setLong(index, owner.id());
        statement.setInt(index + 1, owner.division());
        statement.setString(index + 2, owner.kind().name());
    }

    private static Isk isk(BigDecimal amount) {
        return amount == null ? null : new Isk(amount);
    }

    private static StringBuilder isk(StringBuilder out, Isk isk) {
        return isk == null ? out : out.append(isk.amount().toPlainString());
    }

    private static StringBuilder value(StringBuilder out, Object value) {
        return value == null ? out : out.append(value);
    }

    private static StringBuilder text(StringBuilder out, String text) {
        return text == null ? out : out.append('"').append(StorableText.clean(text).replace("\"", "\"\"")).append('"');
    }
}
