package org.eveseat.adapter.esi.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.adapter.esi.mail.EsiMailAdapterTest.ME;
import static org.eveseat.adapter.esi.mail.EsiMailAdapterTest.PILOT;
import static org.eveseat.adapter.esi.mail.EsiMailAdapterTest.ledgerMail;

import java.util.List;
import java.util.Set;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.mail.model.LabelColor;
import org.eveseat.domain.mail.model.MailRecipient;
import org.eveseat.domain.mail.model.MailUpdate;
import org.eveseat.domain.mail.model.NewMailLabel;
import org.eveseat.domain.mail.model.OutgoingMail;
import org.eveseat.domain.mail.model.RecipientType;
import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.fake.ledger.CharacterLedger;
import org.eveseat.fake.ledger.Mail;
import org.eveseat.fake.ledger.MailLabel;
import org.eveseat.fake.routes.Scopes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sending and organising mail: each write is checked in the fake's ledger. */
class EsiMailWritesTest {
    private static final long FRIEND = 90000001L;

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiMailAdapter adapter = new EsiMailAdapter(harness.settings(), harness.gateway());
    private final CharacterLedger me = harness.esi().ledger().character(PILOT);
    private final CharacterLedger friend = harness.esi().ledger().character(FRIEND);

    @AfterEach
    void stop() {
        harness.close();
    }

    private AccessToken token(String... scopes) {
        return harness.token(PILOT, Set.of(scopes));
    }

    private static OutgoingMail fleetCall(long approvedCost) {
        return new OutgoingMail(List.of(new MailRecipient(FRIEND, RecipientType.CHARACTER),
                new MailRecipient(98000001L, RecipientType.CORPORATION)), "Fleet at 19:00", "Form up in Jita.",
                approvedCost);
    }

    @Test
    void aSentMailLandsInTheSentItemsAndTheRecipientsInbox() {
        long mailId = adapter.send(ME, fleetCall(0), token(Scopes.SEND_MAIL));

        Mail sent = me.mails().all().get(0);
        assertThat(sent.mailId()).isEqualTo(mailId);
        assertThat(sent.subject()).isEqualTo("Fleet at 19:00");
        assertThat(sent.body()).isEqualTo("Form up in Jita.");
        assertThat(sent.recipients()).containsExactly(new Mail.Recipient(FRIEND, "character"),
                new Mail.Recipient(98000001L, "corporation"));
        assertThat(sent.labels()).contains(Mail.SENT);
        assertThat(friend.mails().find(mail -> mail.mailId() == mailId)).get()
                .satisfies(received -> assertThat(received.labels()).containsExactly(Mail.INBOX));
    }

    @Test
    void aCspaChargeAboveTheApprovedCostIsAConflictWithEsisText() {
        friend.cspaCharge(5_000);
        int before = friend.mails().all().size();

        assertThatThrownBy(() -> adapter.send(ME, fleetCall(0), token(Scopes.SEND_MAIL)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ContactCostNotApproved")
                .hasMessageContaining("\"totalCost\": 5000");
        assertThat(friend.mails().all()).hasSize(before);

        long mailId = adapter.send(ME, fleetCall(5_000), token(Scopes.SEND_MAIL));
        assertThat(friend.mails().find(mail -> mail.mailId() == mailId)).isPresent();
    }

    @Test
    void sendingWithoutTheSendScopeIsNotPermitted() {
        int before = me.mails().all().size();

        assertThatThrownBy(() -> adapter.send(ME, fleetCall(0), token(Scopes.READ_MAIL)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(me.mails().all()).hasSize(before);
    }

    @Test
    void aMailIsMarkedReadRelabelledAndDeleted() {
        me.mails().set(ledgerMail(500, FRIEND, List.of(1L), false));
        AccessToken token = token(Scopes.ORGANIZE_MAIL);

        adapter.update(ME, 500, MailUpdate.markRead(true), token);
        assertThat(me.mails().all().get(0).isRead()).isTrue();
        assertThat(me.mails().all().get(0).labels()).containsExactly(1L);

        adapter.update(ME, 500, MailUpdate.relabel(Set.of(17L, 16L)), token);
        assertThat(me.mails().all().get(0).labels()).containsExactly(16L, 17L);
        assertThat(me.mails().all().get(0).isRead()).isTrue();

        adapter.delete(ME, 500, token);
        assertThat(me.mails().all()).isEmpty();
    }

    @Test
    void labelsAreCreatedWithTheirColourAndDeleted() {
        AccessToken token = token(Scopes.ORGANIZE_MAIL);

        long labelId = adapter.createLabel(ME, new NewMailLabel("Ops", LabelColor.RED), token);

        assertThat(labelId).isEqualTo(18);
        assertThat(me.mailLabels().find(label -> label.labelId() == labelId)).contains(
                new MailLabel(18, "Ops", "#fe0000"));

        adapter.deleteLabel(ME, 17, token);
        assertThat(me.mailLabels().all()).extracting(MailLabel::labelId).containsExactly(1L, 2L, 4L, 8L, 16L, 18L);
    }
}
