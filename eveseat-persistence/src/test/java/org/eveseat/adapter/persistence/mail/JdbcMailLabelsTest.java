package org.eveseat.adapter.persistence.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.adapter.persistence.mail.JdbcMailRepositoryTest.ALT;
import static org.eveseat.adapter.persistence.mail.JdbcMailRepositoryTest.PILOT;

import java.util.List;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.mail.model.LabelColor;
import org.eveseat.domain.mail.model.MailLabel;
import org.eveseat.domain.mail.model.MailLabels;
import org.eveseat.domain.mail.model.MailingList;
import org.eveseat.domain.mail.port.out.MailRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcMailLabelsTest {
    private static final MailLabel INBOX = new MailLabel(1, "Inbox", LabelColor.WHITE, 2);
    private static final MailLabel PINK = new MailLabel(16, "PINK", LabelColor.PURPLE, 1);

    private final MailRepository mail = new JdbcMailRepository(TestDatabase.get().dataSource());

    @BeforeEach
    void linkCharacters() {
        new JdbcMailRepositoryTest().linkCharacters();
    }

    @Test
    void labelsAreReplacedAsAWholeWithTheTotalUnreadCount() {
        assertThat(mail.labels(PILOT)).isEqualTo(new MailLabels(List.of(), 0));
        mail.saveLabels(PILOT, new MailLabels(List.of(PINK, new MailLabel(17, "Old", LabelColor.UNKNOWN, 0)), 9));
        mail.saveLabels(PILOT, new MailLabels(List.of(PINK, INBOX), 3));

        assertThat(mail.labels(PILOT)).isEqualTo(new MailLabels(List.of(INBOX, PINK), 3));
        assertThat(mail.labels(ALT).labels()).isEmpty();
    }

    @Test
    void aCreatedLabelIsAddedAndADeletedOneLeavesEveryMail() {
        mail.saveLabels(PILOT, new MailLabels(List.of(INBOX), 0));
        mail.addLabel(PILOT, PINK);
        mail.saveHeaders(PILOT, List.of(JdbcMailRepositoryTest.header(7, false, 1L, 16L)));
        mail.saveHeaders(ALT, List.of(JdbcMailRepositoryTest.header(7, false, 16L)));

        mail.deleteLabel(PILOT, 16);

        assertThat(mail.labels(PILOT).labels()).containsExactly(INBOX);
        assertThat(mail.find(PILOT, 7).orElseThrow().labelIds()).containsExactly(1L);
        assertThat(mail.find(ALT, 7).orElseThrow().labelIds()).containsExactly(16L);
    }

    @Test
    void mailingListsAreReplacedAsAWhole() {
        mail.saveMailingLists(PILOT, List.of(new MailingList(145000002L, "Old list")));
        mail.saveMailingLists(PILOT, List.of(new MailingList(145000001L, "Jita traders"),
                new MailingList(145000003L, "Amarr")));
        assertThat(mail.mailingLists(PILOT)).containsExactly(new MailingList(145000001L, "Jita traders"),
                new MailingList(145000003L, "Amarr"));
        assertThat(mail.mailingLists(ALT)).isEmpty();
    }
}
