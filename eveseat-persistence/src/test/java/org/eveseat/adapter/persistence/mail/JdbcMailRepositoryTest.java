package org.eveseat.adapter.persistence.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.mail.model.MailCursor;
import org.eveseat.domain.mail.model.MailHeader;
import org.eveseat.domain.mail.model.MailPage;
import org.eveseat.domain.mail.model.MailRecipient;
import org.eveseat.domain.mail.model.MailSearch;
import org.eveseat.domain.mail.model.MailUpdate;
import org.eveseat.domain.mail.model.RecipientType;
import org.eveseat.domain.mail.port.out.MailRepository;
import org.eveseat.domain.shared.CharacterId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcMailRepositoryTest {
    static final CharacterId PILOT = new CharacterId(2112625428L);
    static final CharacterId ALT = new CharacterId(2112625429L);
    private static final Instant START = Instant.parse("2026-11-01T00:00:00.123456Z");

    private final TestDatabase db = TestDatabase.get();
    private final MailRepository mail = new JdbcMailRepository(db.dataSource());

    @BeforeEach
    void linkCharacters() {
        db.linkCharacters(List.of(PILOT, ALT));
    }

    @Test
    void headersAreInsertedThenRefreshedAndComeBackExactly() {
        MailHeader header = new MailHeader(7, 95465499L, "Fleet <tonight>", START, false, List.of(1L, 16L),
                List.of(new MailRecipient(2112625428L, RecipientType.CHARACTER),
                        new MailRecipient(145000001L, RecipientType.MAILING_LIST),
                        new MailRecipient(98000001L, RecipientType.CORPORATION)));
        assertThat(mail.saveHeaders(PILOT, List.of(header, header(8, false, 1L)))).isEqualTo(2);

        MailHeader readAndRelabelled = new MailHeader(7, 95465499L, "Fleet <tonight>", START, true, List.of(4L),
                header.recipients());
        assertThat(mail.saveHeaders(PILOT, List.of(readAndRelabelled, header(9, false)))).isEqualTo(1);

        assertThat(mail.find(PILOT, 7)).contains(readAndRelabelled);
        assertThat(mail.find(ALT, 7)).isEmpty();
        mail.saveHeaders(ALT, List.of(new MailHeader(1, null, null, null, false, null, null)));
        assertThat(mail.find(ALT, 1)).as("what ESI leaves out stays out; no timestamp sorts as oldest")
                .contains(new MailHeader(1, null, null, Instant.EPOCH, false, List.of(), List.of()));
    }

    @Test
    void theKeysetListingPagesWithoutGapsOrRepeatsAndFilters() {
        // ids 1-9; 4, 5 and 6 share one timestamp, so the mail id breaks the tie
        mail.saveHeaders(PILOT, LongStream.rangeClosed(1, 9).mapToObj(id -> new MailHeader(id,
                id % 3 == 0 ? 95465499L : 90000001L, "s" + id, START.plusSeconds(id >= 4 && id <= 6 ? 300 : id * 60),
                id % 2 == 0, id <= 4 ? List.of(16L) : List.of(1L), List.of())).toList());
        mail.saveHeaders(ALT, List.of(header(100, false, 16L)));

        MailSearch search = MailSearch.newest(4);
        MailPage first = mail.list(PILOT, search);
        MailPage second = mail.list(PILOT, search.after(first.next()));
        MailPage third = mail.list(PILOT, search.after(second.next()));

        assertThat(ids(first)).containsExactly(9L, 8L, 7L, 6L);
        assertThat(first.next()).isEqualTo(new MailCursor(START.plusSeconds(300), 6));
        assertThat(ids(second)).containsExactly(5L, 4L, 3L, 2L);
        assertThat(ids(third)).containsExactly(1L);
        assertThat(third.next()).isNull();
        assertThat(ids(mail.list(PILOT, new MailSearch(16L, false, null, null, 10)))).containsExactly(4L, 3L, 2L, 1L);
        assertThat(ids(mail.list(PILOT, new MailSearch(null, true, null, null, 10)))).containsExactly(9L, 7L, 5L, 3L, 1L);
        assertThat(ids(mail.list(PILOT, new MailSearch(16L, true, 95465499L, null, 10)))).containsExactly(3L);
        assertThat(ids(mail.list(ALT, search))).containsExactly(100L);
    }

    @Test
    void bodiesAreStoredForKnownMailAndGoWithTheirMail() {
        mail.saveHeaders(PILOT, List.of(header(7, false, 1L)));
        assertThat(mail.body(PILOT, 7)).isEmpty();
        mail.saveBody(PILOT, 7, "<font size=\"12\">o7</font>");
        mail.saveBody(PILOT, 8, "no header, not stored");

        assertThat(mail.body(PILOT, 7)).contains("<font size=\"12\">o7</font>");
        assertThat(mail.body(PILOT, 8)).isEmpty();
        mail.delete(PILOT, 7);
        assertThat(mail.find(PILOT, 7)).isEmpty();
        assertThat(mail.body(PILOT, 7)).isEmpty();
    }

    @Test
    void updatesChangeTheReadFlagTheLabelsOrBoth() {
        mail.saveHeaders(PILOT, List.of(header(7, false, 1L)));
        mail.update(PILOT, 7, MailUpdate.markRead(true));
        assertThat(mail.find(PILOT, 7).orElseThrow()).extracting(MailHeader::read, MailHeader::labelIds)
                .containsExactly(true, List.of(1L));
        mail.update(PILOT, 7, MailUpdate.relabel(Set.of(16L, 4L)));
        assertThat(mail.find(PILOT, 7).orElseThrow()).extracting(MailHeader::read, MailHeader::labelIds)
                .containsExactly(true, List.of(4L, 16L));
    }

    /** The listing's index serves the keyset query: the plan names it and sorts nothing. */
    @Test
    void theKeysetQueryUsesTheNewestFirstIndex() throws Exception {
        MailSearchSql query = new MailSearchSql(PILOT.value(),
                MailSearch.newest(50).after(new MailCursor(START, 99)));
        try (var connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            connection.createStatement().execute("set local enable_seqscan = off");
            try (var explain = connection.prepareStatement("explain " + query.sql())) {
                query.bind(explain);
                StringBuilder plan = new StringBuilder();
                try (var rs = explain.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                assertThat(plan).contains("ix_mail_header_newest").doesNotContain("Sort");
            }
            connection.rollback();
        }
    }

    static MailHeader header(long mailId, boolean read, Long... labels) {
        return new MailHeader(mailId, 95465499L, "subject " + mailId, START.plusSeconds(mailId * 60), read,
                List.of(labels), List.of(new MailRecipient(2112625428L, RecipientType.CHARACTER)));
    }

    private static List<Long> ids(MailPage page) {
        return page.mails().stream().map(MailHeader::mailId).toList();
    }
}
