package org.eveseat.adapter.persistence.mail;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.mail.model.MailHeader;
import org.eveseat.domain.mail.model.MailRecipient;
import org.eveseat.domain.mail.model.RecipientType;

/** Columns, statements and row mapping of mail headers and their parts. */
final class MailHeaderRows {
    static final String COLUMNS = "h.mail_id, h.from_id, h.subject, h.sent_at, h.is_read";
    static final String UPSERT = "insert into mail_header (character_id, mail_id, from_id, subject, sent_at, is_read) "
            + "values (?, ?, ?, ?, ?, ?) on conflict (character_id, mail_id) do update set from_id = excluded.from_id, "
            + "subject = excluded.subject, sent_at = excluded.sent_at, is_read = excluded.is_read";
    static final String INSERT_LABEL = "insert into mail_header_label (character_id, mail_id, label_id) "
            + "values (?, ?, ?) on conflict do nothing";
    static final String INSERT_RECIPIENT = "insert into mail_recipient (character_id, mail_id, position, "
            + "recipient_id, recipient_type) values (?, ?, ?, ?, ?) on conflict do nothing";

    /** One label or recipient row of a header, before it is attached to its header. */
    record Part<T>(long mailId, T value) {
    }

    private MailHeaderRows() {
    }

    static void bindHeader(PreparedStatement s, long characterId, MailHeader header) throws SQLException {
        s.setLong(1, characterId);
        s.setLong(2, header.mailId());
        s.setObject(3, header.fromId());
        s.setString(4, header.subject());
        s.setObject(5, Timestamps.toColumn(header.timestamp() == null ? Instant.EPOCH : header.timestamp()));
        s.setBoolean(6, header.read());
    }

    static void bindRecipient(PreparedStatement s, long characterId, long mailId, int position,
                              MailRecipient recipient) throws SQLException {
        s.setLong(1, characterId);
        s.setLong(2, mailId);
        s.setInt(3, position);
        s.setLong(4, recipient.recipientId());
        s.setString(5, recipient.type().name());
    }

    /** A header from {@link #COLUMNS}, with its labels and recipients looked up in the parts of its page. */
    static MailHeader header(ResultSet rs, Collection<Part<Long>> labels, Collection<Part<MailRecipient>> recipients)
            throws SQLException {
        long mailId = rs.getLong(1);
        return new MailHeader(mailId, (Long) rs.getObject(2), rs.getString(3), Timestamps.fromColumn(rs.getObject(4, OffsetDateTime.class)),
                rs.getBoolean(5), partsOf(mailId, labels), partsOf(mailId, recipients));
    }

    static Part<MailRecipient> recipient(ResultSet rs) throws SQLException {
        return new Part<>(rs.getLong(1), new MailRecipient(rs.getLong(2), RecipientType.valueOf(rs.getString(3))));
    }

    private static <T> List<T> partsOf(long mailId, Collection<Part<T>> parts) {
        return parts.stream().filter(p -> p.mailId() == mailId).map(Part::value).toList();
    }
}
