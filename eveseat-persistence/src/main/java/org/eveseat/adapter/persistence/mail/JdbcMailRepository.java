package org.eveseat.adapter.persistence.mail;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.adapter.persistence.mail.MailHeaderRows.Part;
import org.eveseat.domain.mail.model.MailHeader;
import org.eveseat.domain.mail.model.MailLabel;
import org.eveseat.domain.mail.model.MailLabels;
import org.eveseat.domain.mail.model.MailPage;
import org.eveseat.domain.mail.model.MailRecipient;
import org.eveseat.domain.mail.model.MailSearch;
import org.eveseat.domain.mail.model.MailUpdate;
import org.eveseat.domain.mail.model.MailingList;
import org.eveseat.domain.mail.port.out.MailRepository;
import org.eveseat.domain.shared.CharacterId;

/**
 * Mail in plain JDBC: a sync writes 50 headers with their labels and recipients as a few batches, and the keyset
 * listing is one query plus one per part. Each method is one transaction, so a header never shows up without its
 * labels. Labels and mailing lists are in {@link JdbcMailLabels}.
 */
@ApplicationScoped
@TransactionRequired
public class JdbcMailRepository extends JdbcRepository implements MailRepository {
    private static final String OF_MAILS = " where character_id = ? and mail_id = any(?)";


    protected JdbcMailRepository() {
        // for CDI
    }

    public JdbcMailRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public int saveHeaders(CharacterId characterId, List<MailHeader> headers) {
        long owner = characterId.value();
        Long[] ids = headers.stream().map(MailHeader::mailId).toArray(Long[]::new);
        Set<Long> known = new HashSet<>(sql().query("select mail_id from mail_header" + OF_MAILS,
                s -> ofMails(s, owner, ids), rs -> rs.getLong(1)));
        sql().batch(MailHeaderRows.UPSERT, headers, (s, header) -> MailHeaderRows.bindHeader(s, owner, header));
        sql().update("delete from mail_header_label" + OF_MAILS, s -> ofMails(s, owner, ids));
        for (MailHeader header : headers) {
            insertLabels(owner, header.mailId(), header.labelIds());
            if (!known.contains(header.mailId())) {
                List<MailRecipient> recipients = header.recipients();
                sql().batch(MailHeaderRows.INSERT_RECIPIENT, IntStream.range(0, recipients.size()).boxed().toList(),
                        (s, i) -> MailHeaderRows.bindRecipient(s, owner, header.mailId(), i, recipients.get(i)));
            }
        }
        return (int) headers.stream().filter(h -> !known.contains(h.mailId())).map(MailHeader::mailId)
                .distinct().count();
    }

    @Override
    public MailPage list(CharacterId characterId, MailSearch search) {
        MailSearchSql query = new MailSearchSql(characterId.value(), search);
        List<Long> ids = sql().query(query.sql(), query::bind, rs -> rs.getLong(1));
        return MailPage.of(headers(characterId.value(), ids), search.limit());
    }

    @Override
    public Optional<MailHeader> find(CharacterId characterId, long mailId) {
        return headers(characterId.value(), List.of(mailId)).stream().findFirst();
    }

    @Override
    public Optional<String> body(CharacterId characterId, long mailId) {
        return sql().query("select body from mail_body where character_id = ? and mail_id = ?",
                s -> ofMail(s, characterId.value(), mailId), rs -> rs.getString(1)).stream().findFirst();
    }

    @Override
    public void saveBody(CharacterId characterId, long mailId, String body) {
        sql().update("insert into mail_body (character_id, mail_id, body) select character_id, mail_id, ? "
                + "from mail_header where character_id = ? and mail_id = ? "
                + "on conflict (character_id, mail_id) do update set body = excluded.body", s -> {
                    s.setString(1, body);
                    s.setLong(2, characterId.value());
                    s.setLong(3, mailId);
                });
    }

    @Override
    public void update(CharacterId characterId, long mailId, MailUpdate update) {
        long owner = characterId.value();
        if (update.read() != null) {
            sql().update("update mail_header set is_read = ? where character_id = ? and mail_id = ?", s -> {
                s.setBoolean(1, update.read());
                s.setLong(2, owner);
                s.setLong(3, mailId);
            });
        }
        if (update.labelIds() != null) {
            sql().update("delete from mail_header_label where character_id = ? and mail_id = ?",
                    s -> ofMail(s, owner, mailId));
            insertLabels(owner, mailId, List.copyOf(update.labelIds()));
        }
    }

    @Override
    public void delete(CharacterId characterId, long mailId) {
        sql().update("delete from mail_header where character_id = ? and mail_id = ?",
                s -> ofMail(s, characterId.value(), mailId));
    }

    @Override
    public void saveLabels(CharacterId characterId, MailLabels labels) {
        labels().save(characterId.value(), labels);
    }

    @Override
    public MailLabels labels(CharacterId characterId) {
        return labels().all(characterId.value());
    }

    @Override
    public void addLabel(CharacterId characterId, MailLabel label) {
        labels().add(characterId.value(), label);
    }

    @Override
    public void deleteLabel(CharacterId characterId, long labelId) {
        labels().delete(characterId.value(), labelId);
    }

    @Override
    public void saveMailingLists(CharacterId characterId, List<MailingList> lists) {
        labels().saveMailingLists(characterId.value(), lists);
    }

    @Override
    public List<MailingList> mailingLists(CharacterId characterId) {
        return labels().mailingLists(characterId.value());
    }

    /** The headers of these mails, in the order given, each with its labels and recipients. */
    private List<MailHeader> headers(long owner, List<Long> mailIds) {
        Long[] ids = mailIds.toArray(Long[]::new);
        List<Part<Long>> labels = sql().query("select mail_id, label_id from mail_header_label" + OF_MAILS
                + " order by label_id", s -> ofMails(s, owner, ids), rs -> new Part<>(rs.getLong(1), rs.getLong(2)));
        List<Part<MailRecipient>> recipients = sql().query("select mail_id, recipient_id, recipient_type "
                + "from mail_recipient" + OF_MAILS + " order by position", s -> ofMails(s, owner, ids),
                MailHeaderRows::recipient);
        List<MailHeader> found = sql().query("select " + MailHeaderRows.COLUMNS + " from mail_header h"
                + OF_MAILS, s -> ofMails(s, owner, ids), rs -> MailHeaderRows.header(rs, labels, recipients));
        return mailIds.stream().flatMap(id -> found.stream().filter(h -> h.mailId() == id)).toList();
    }

    private void insertLabels(long owner, long mailId, List<Long> labelIds) {
        sql().batch(MailHeaderRows.INSERT_LABEL, labelIds, (s, labelId) -> {
            ofMail(s, owner, mailId);
            s.setLong(3, labelId);
        });
    }

    private static void ofMail(PreparedStatement s, long owner, long mailId) throws SQLException {
        s.setLong(1, owner);
        s.setLong(2, mailId);
    }

    private static void ofMails(PreparedStatement s, long owner, Long[] mailIds) throws SQLException {
        s.setLong(1, owner);
        Array array = s.getConnection().createArrayOf("bigint", mailIds);
        s.setArray(2, array);
    }

    private JdbcMailLabels labels() {
        return new JdbcMailLabels(sql());
    }

}
