package org.eveseat.adapter.esi.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.mail.model.LabelColor;
import org.eveseat.domain.mail.model.Mail;
import org.eveseat.domain.mail.model.MailFilter;
import org.eveseat.domain.mail.model.MailHeader;
import org.eveseat.domain.mail.model.MailLabel;
import org.eveseat.domain.mail.model.MailLabels;
import org.eveseat.domain.mail.model.MailRecipient;
import org.eveseat.domain.mail.model.MailingList;
import org.eveseat.domain.mail.model.RecipientType;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.fake.ledger.CharacterLedger;
import org.eveseat.fake.routes.Scopes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EsiMailAdapterTest {
    static final long PILOT = 2112625428L;
    static final CharacterId ME = new CharacterId(PILOT);
    static final long MAILING_LIST = 145_000_001L;
    static final Instant SENT_AT = Instant.parse("2026-11-20T18:30:00Z");

    final FakeEsiHarness harness = new FakeEsiHarness();
    final EsiMailAdapter adapter = new EsiMailAdapter(harness.settings(), harness.gateway());
    final CharacterLedger me = harness.esi().ledger().character(PILOT);

    @AfterEach
    void stop() {
        harness.close();
    }

    AccessToken token(String... scopes) {
        return harness.token(PILOT, Set.of(scopes));
    }

    static org.eveseat.fake.ledger.Mail ledgerMail(long id, long from, List<Long> labels, boolean read) {
        return new org.eveseat.fake.ledger.Mail(id, from, "Subject " + id, "Body of " + id,
                SENT_AT.minusSeconds(id), List.of(new org.eveseat.fake.ledger.Mail.Recipient(PILOT, "character"),
                new org.eveseat.fake.ledger.Mail.Recipient(MAILING_LIST, "mailing_list")), labels, read);
    }

    @Test
    void headersAreMappedNewestFirstWithTheirRecipientsAndLabels() {
        me.mails().set(ledgerMail(499, PILOT, List.of(2L), true), ledgerMail(500, 90000001L, List.of(1L, 17L), false));

        var result = adapter.headers(ME, MailFilter.newest(), token(Scopes.READ_MAIL));

        List<MailRecipient> recipients = List.of(new MailRecipient(PILOT, RecipientType.CHARACTER),
                new MailRecipient(MAILING_LIST, RecipientType.MAILING_LIST));
        assertThat(result).isEqualTo(new EsiResult.Fresh<>(List.of(
                new MailHeader(500, 90000001L, "Subject 500", SENT_AT.minusSeconds(500), false, List.of(1L, 17L),
                        recipients),
                new MailHeader(499, PILOT, "Subject 499", SENT_AT.minusSeconds(499), true, List.of(2L), recipients)),
                result.expires()));
    }

    @Test
    void theInboxIsPagedBackOneBatchOfFiftyPerCursorPosition() {
        me.mails().set(LongStream.rangeClosed(1, 120).mapToObj(id -> ledgerMail(id, 90000001L, List.of(1L), true))
                .toList());
        AccessToken token = token(Scopes.READ_MAIL);

        List<Long> newest = ids(adapter.headers(ME, MailFilter.newest(), token));
        List<Long> older = ids(adapter.headers(ME, MailFilter.newest().before(71), token));
        List<Long> oldest = ids(adapter.headers(ME, MailFilter.newest().before(21), token));

        assertThat(newest).hasSize(50).startsWith(120L).endsWith(71L);
        assertThat(older).hasSize(50).startsWith(70L).endsWith(21L);
        assertThat(oldest).hasSize(20).startsWith(20L).endsWith(1L);
        assertThat(ids(adapter.headers(ME, MailFilter.newest().before(1), token))).isEmpty();
    }

    @Test
    void aLabelFilterReachesEsi() {
        me.mails().set(ledgerMail(500, 90000001L, List.of(1L, 17L), false), ledgerMail(499, PILOT, List.of(2L), true),
                ledgerMail(498, 90000002L, List.of(16L), true));

        var result = adapter.headers(ME, new MailFilter(Set.of(17L, 16L), 0), token(Scopes.READ_MAIL));

        assertThat(ids(result)).containsExactly(500L, 498L);
    }

    @Test
    void aWholeMailCarriesItsBodyAndReadFlag() {
        me.mails().set(ledgerMail(500, 90000001L, List.of(1L), true));

        var result = adapter.mail(ME, 500, token(Scopes.READ_MAIL));

        assertThat(result).isEqualTo(new EsiResult.Fresh<>(new Mail(new MailHeader(500, 90000001L, "Subject 500",
                SENT_AT.minusSeconds(500), true, List.of(1L), List.of(new MailRecipient(PILOT, RecipientType.CHARACTER),
                new MailRecipient(MAILING_LIST, RecipientType.MAILING_LIST))), "Body of 500"), result.expires()));
    }

    @Test
    void labelsComeWithTheirColoursAndUnreadCounts() {
        me.mails().set(ledgerMail(500, 90000001L, List.of(1L, 16L), false));

        var result = adapter.labels(ME, token(Scopes.READ_MAIL));

        assertThat(result).isEqualTo(new EsiResult.Fresh<>(new MailLabels(List.of(
                new MailLabel(1, "Inbox", LabelColor.WHITE, 1), new MailLabel(2, "Sent", LabelColor.WHITE, 0),
                new MailLabel(4, "[Corp]", LabelColor.WHITE, 0), new MailLabel(8, "[Alliance]", LabelColor.WHITE, 0),
                new MailLabel(16, "PINK", LabelColor.PURPLE, 1), new MailLabel(17, "WHITE", LabelColor.WHITE, 0)), 1),
                result.expires()));
    }

    @Test
    void mailingListsAreReadAndThenNotDueUntilEsiExpiresThem() {
        AccessToken token = token(Scopes.READ_MAIL);

        var first = adapter.mailingLists(ME, token);
        var second = adapter.mailingLists(ME, token);

        assertThat(first).isEqualTo(new EsiResult.Fresh<>(List.of(new MailingList(MAILING_LIST, "Jita traders")),
                first.expires()));
        assertThat(second).isInstanceOf(EsiResult.NotDue.class);
        assertThat(harness.esi().requestCount("/characters/" + PILOT + "/mail/lists")).isEqualTo(1);
    }

    @Test
    void anExpiredButUnchangedInboxAnswers304() {
        harness.esi().cacheSeconds(Duration.ofMinutes(5));
        AccessToken token = token(Scopes.READ_MAIL);
        assertThat(adapter.headers(ME, MailFilter.newest(), token)).isInstanceOf(EsiResult.Fresh.class);

        harness.clock().advance(Duration.ofMinutes(6));

        assertThat(adapter.headers(ME, MailFilter.newest(), token)).isInstanceOf(EsiResult.Unchanged.class);
    }

    @Test
    void readingWithoutTheScopeIsNotPermitted() {
        assertThatThrownBy(() -> adapter.labels(ME, token(Scopes.SEND_MAIL)))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("token not valid for scope");
    }

    static List<Long> ids(EsiResult<List<MailHeader>> result) {
        assertThat(result).isInstanceOf(EsiResult.Fresh.class);
        return ((EsiResult.Fresh<List<MailHeader>>) result).value().stream().map(MailHeader::mailId).toList();
    }
}
