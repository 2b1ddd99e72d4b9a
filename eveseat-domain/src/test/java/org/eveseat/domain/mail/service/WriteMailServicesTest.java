package org.eveseat.domain.mail.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.domain.mail.service.MailboxFixture.OWNER;
import static org.eveseat.domain.mail.service.MailboxFixture.PILOT;
import static org.eveseat.domain.mail.service.MailboxFixture.STRANGER;

import java.util.List;
import java.util.Set;

import org.eveseat.domain.mail.model.CspaChargeNotApprovedException;
import org.eveseat.domain.mail.model.LabelColor;
import org.eveseat.domain.mail.model.MailLabel;
import org.eveseat.domain.mail.model.MailRecipient;
import org.eveseat.domain.mail.model.MailUpdate;
import org.eveseat.domain.mail.model.NewMailLabel;
import org.eveseat.domain.mail.model.RecipientType;
import org.eveseat.domain.mail.port.in.SendMailCommand;
import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.domain.testing.MailFixtures;
import org.junit.jupiter.api.Test;

class WriteMailServicesTest {
    private static final String CSPA_ANSWER = "ContactCostNotApproved, details: {\"totalCost\": 5000, "
            + "\"totalCostISK\": [20, 5000], \"approvedCost\": 0, \"approvedCostISK\": [20, 0]}";

    private final MailboxFixture box = new MailboxFixture();
    private final SendMailService sender = new SendMailService(box.visibility, box.tokens, box.esi);
    private final SendMailCommand hello = SendMailCommand.of(PILOT,
            List.of(new MailRecipient(95465499L, RecipientType.CHARACTER)), "Hello", "o7", 0);

    @Test
    void sendingAnswersTheIdEsiGave() {
        assertThat(sender.send(OWNER, hello)).isEqualTo(900);
        assertThat(box.esi.sent).containsExactly(hello.mail());
    }

    @Test
    void aCspaChargeIsReportedWithTheChargeAndHowToSendAnyway() {
        box.esi.next.add(new ConflictException(CSPA_ANSWER));
        assertThatThrownBy(() -> sender.send(OWNER, hello)).isInstanceOfSatisfying(
                CspaChargeNotApprovedException.class, e -> {
                    assertThat(e.charge()).hasValue(5000);
                    assertThat(e).hasMessageContaining("5000 ISK").hasMessageContaining("approvedCost 5000");
                });
        box.esi.next.add(new ConflictException("MailStopSpamming"));
        assertThatThrownBy(() -> sender.send(OWNER, hello)).isExactlyInstanceOf(ConflictException.class)
                .hasMessage("MailStopSpamming");
    }

    @Test
    void strangersCannotSendAsSomeoneElsesCharacter() {
        assertThatThrownBy(() -> sender.send(STRANGER, hello)).isInstanceOf(NotFoundException.class);
        assertThat(box.esi.calls).isEmpty();
    }

    @Test
    void updatesAndDeletesReachTheStoredCopyOnlyAfterEsiAccepted() {
        var updater = new UpdateMailService(box.visibility, box.tokens, box.esi, box.stored);
        var deleter = new DeleteMailService(box.visibility, box.tokens, box.esi, box.stored);
        box.stored.saveHeaders(PILOT, List.of(MailFixtures.header(7, false, 1L), MailFixtures.header(8, false)));

        updater.update(OWNER, PILOT, 7, new MailUpdate(true, Set.of(1L, 16L)));
        box.esi.next.add(new UpstreamUnavailableException("ESI answered 503"));
        assertThatThrownBy(() -> updater.update(OWNER, PILOT, 7, MailUpdate.markRead(false)))
                .isInstanceOf(UpstreamUnavailableException.class);
        deleter.delete(OWNER, PILOT, 8);

        assertThat(box.stored.find(PILOT, 7).orElseThrow().read()).isTrue();
        assertThat(box.stored.find(PILOT, 7).orElseThrow().labelIds()).containsExactlyInAnyOrder(1L, 16L);
        assertThat(box.stored.find(PILOT, 8)).isEmpty();
        assertThatThrownBy(() -> deleter.delete(STRANGER, PILOT, 7)).isInstanceOf(NotFoundException.class);
        assertThat(box.esi.calls).containsExactly("update 7", "update 7", "delete 8");
    }

    @Test
    void aMailNotStoredYetIsNotFoundAndEsiIsNotAsked() {
        var updater = new UpdateMailService(box.visibility, box.tokens, box.esi, box.stored);

        assertThatThrownBy(() -> updater.update(OWNER, PILOT, 99, MailUpdate.markRead(true)))
                .isInstanceOf(NotFoundException.class);
        assertThat(box.esi.calls).isEmpty();
    }

    @Test
    void labelsAreCreatedAndDeletedInEveAndInStorage() {
        var creator = new CreateMailLabelService(box.visibility, box.tokens, box.esi, box.stored);
        var deleter = new DeleteMailLabelService(box.visibility, box.tokens, box.esi, box.stored);
        var labels = new ListMailLabelsService(box.visibility, box.stored);

        MailLabel created = creator.create(OWNER, PILOT, new NewMailLabel("Fleet", LabelColor.RED));
        assertThat(created).isEqualTo(new MailLabel(900, "Fleet", LabelColor.RED, 0));
        assertThat(labels.labels(OWNER, PILOT).labels()).containsExactly(created);

        deleter.delete(OWNER, PILOT, 900);
        assertThat(labels.labels(OWNER, PILOT).labels()).isEmpty();
        assertThatThrownBy(() -> labels.labels(STRANGER, PILOT)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> new ListMailingListsService(box.visibility, box.stored).mailingLists(STRANGER, PILOT))
                .isInstanceOf(NotFoundException.class);
    }
}
