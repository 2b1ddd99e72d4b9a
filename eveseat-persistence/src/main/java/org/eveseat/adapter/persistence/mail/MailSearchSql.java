package org.eveseat.adapter.persistence.mail;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eveseat.adapter.persistence.Sql;
import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.domain.mail.model.MailSearch;

/**
 * The keyset query of a mail listing. The row comparison {@code (sent_at, mail_id) < (?, ?)} with the same order
 * as {@code ix_mail_header_newest} lets PostgreSQL start the index scan right at the cursor, however deep the page.
 * One row more than the limit is read to know whether a next page exists.
 */
final class MailSearchSql {
    private final StringBuilder where = new StringBuilder(" where h.character_id = ?");
    private final List<Sql.Binder> binders = new ArrayList<>();
    private int next = 1;

    MailSearchSql(long characterId, MailSearch search) {
        bind(s -> s.setLong(next++, characterId));
        if (search.unreadOnly()) {
            where.append(" and not h.is_read");
        }
        if (search.fromId() != null) {
            where.append(" and h.from_id = ?");
            bind(s -> s.setLong(next++, search.fromId()));
        }
        if (search.labelId() != null) {
            where.append(" and exists (select 1 from mail_header_label l where l.character_id = h.character_id"
                    + " and l.mail_id = h.mail_id and l.label_id = ?)");
            bind(s -> s.setLong(next++, search.labelId()));
        }
        if (search.after() != null) {
            where.append(" and (h.sent_at, h.mail_id) < (?, ?)");
            bind(s -> s.setObject(next++, Timestamps.toColumn(search.after().timestamp())));
            bind(s -> s.setLong(next++, search.after().mailId()));
        }
        bind(s -> s.setInt(next++, search.limit() + 1));
    }

    String sql() {
        return "select h.mail_id from mail_header h" + where
                + " order by h.sent_at desc, h.mail_id desc limit ?";
    }

    void bind(PreparedStatement statement) throws SQLException {
        next = 1;
        for (Sql.Binder binder : binders) {
            binder.bind(statement);
        }
    }

    private void bind(Sql.Binder binder) {
        binders.add(binder);
    }
}
