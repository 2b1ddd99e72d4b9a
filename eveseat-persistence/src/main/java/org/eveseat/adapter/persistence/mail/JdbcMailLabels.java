package org.eveseat.adapter.persistence.mail;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.eveseat.adapter.persistence.Sql;
import org.eveseat.domain.mail.model.LabelColor;
import org.eveseat.domain.mail.model.MailLabel;
import org.eveseat.domain.mail.model.MailLabels;
import org.eveseat.domain.mail.model.MailingList;

/** The label and mailing-list half of {@link JdbcMailRepository}, inside the caller's transaction. */
final class JdbcMailLabels {
    private static final String UPSERT_LABEL = "insert into mail_label (character_id, label_id, name, color, "
            + "unread_count) values (?, ?, ?, ?, ?) on conflict (character_id, label_id) do update set "
            + "name = excluded.name, color = excluded.color, unread_count = excluded.unread_count";

    private final Sql sql;

    JdbcMailLabels(Sql sql) {
        this.sql = sql;
    }

    void save(long owner, MailLabels labels) {
        sql.update("delete from mail_label where character_id = ?", s -> s.setLong(1, owner));
        sql.batch(UPSERT_LABEL, labels.labels(), (s, label) -> bindLabel(s, owner, label));
        sql.update("insert into mailbox (character_id, total_unread_count) values (?, ?) on conflict (character_id) "
                + "do update set total_unread_count = excluded.total_unread_count", s -> {
                    s.setLong(1, owner);
                    s.setLong(2, labels.totalUnreadCount());
                });
    }

    MailLabels all(long owner) {
        List<MailLabel> labels = sql.query("select label_id, name, color, unread_count from mail_label "
                + "where character_id = ? order by label_id", s -> s.setLong(1, owner),
                rs -> new MailLabel(rs.getLong(1), rs.getString(2), LabelColor.valueOf(rs.getString(3)), rs.getLong(4)));
        List<Long> total = sql.query("select total_unread_count from mailbox where character_id = ?",
                s -> s.setLong(1, owner), rs -> rs.getLong(1));
        return new MailLabels(labels, total.isEmpty() ? 0 : total.get(0));
    }

    void add(long owner, MailLabel label) {
        sql.update(UPSERT_LABEL, s -> bindLabel(s, owner, label));
    }

    void delete(long owner, long labelId) {
        for (String table : List.of("mail_header_label", "mail_label")) {
            sql.update("delete from " + table + " where character_id = ? and label_id = ?", s -> {
                s.setLong(1, owner);
                s.setLong(2, labelId);
            });
        }
    }

    void saveMailingLists(long owner, List<MailingList> lists) {
        sql.update("delete from mailing_list where character_id = ?", s -> s.setLong(1, owner));
        sql.batch("insert into mailing_list (character_id, mailing_list_id, name) values (?, ?, ?) "
                + "on conflict do nothing", lists, (s, list) -> {
                    s.setLong(1, owner);
                    s.setLong(2, list.mailingListId());
                    s.setString(3, list.name());
                });
    }

    List<MailingList> mailingLists(long owner) {
        return sql.query("select mailing_list_id, name from mailing_list where character_id = ? "
                + "order by mailing_list_id", s -> s.setLong(1, owner), rs -> new MailingList(rs.getLong(1),
                rs.getString(2)));
    }

    private static void bindLabel(PreparedStatement s, long owner, MailLabel label) throws SQLException {
        s.setLong(1, owner);
        s.setLong(2, label.labelId());
        s.setString(3, label.name());
        s.setString(4, label.color().name());
        s.setLong(5, label.unreadCount());
    }
}
