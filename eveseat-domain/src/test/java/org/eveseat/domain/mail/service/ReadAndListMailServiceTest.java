package org.eveseat.domain.mail.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.domain.mail.service.MailboxFixture.OWNER;
import static org.eveseat.domain.mail.service.MailboxFixture.PILOT;
import static org.eveseat.domain.mail.service.MailboxFixture.STRANGER;

import java.util.List;
import java.util.stream.LongStream;

import org.eveseat.domain.mail.model.MailHeader;
import org.eveseat.domain.mail.model.MailPage;
import org.eveseat.domain.mail.model.MailSearch;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.domain.testing.MailFixtures;
import org.eveseat.domain.testing.ScriptedMailEsi;
import org.junit.jupiter.api.Test;

class ReadAndListMailServiceTest {
    private final MailboxFixture box = new MailboxFixture();
    private final ReadMailService reader = new ReadMailService(box.visibility, box.tokens, box.esi, box.stored,
            body -> "clean:" + body);
    private final ListMailService lister = new ListMailService(box.visibility, box.stored);

    @Test
    void theBodyIsFetchedOnceThenServedFromStorageAndSanitizedEveryTime() {
        box.stored.saveHeaders(PILOT, List.of(MailFixtures.header(7, false, 1L)));
        box.esi.mailbox.add(MailFixtures.mail(7, "<b>hi</b>"));

        assertThat(reader.read(OWNER, PILOT, 7).safeBody()).isEqualTo("clean:<b>hi</b>");
        assertThat(reader.read(OWNER, PILOT, 7).safeBody()).isEqualTo("clean:<b>hi</b>");

        assertThat(box.esi.calls).containsExactly("mail 7");
        assertThat(box.stored.body(PILOT, 7)).contains("<b>hi</b>");
    }

    @Test
    void unknownMailOthersCharactersAndAMissingBodyAreReported() {
        assertThatThrownBy(() -> reader.read(OWNER, PILOT, 7)).isInstanceOf(NotFoundException.class);
        box.stored.saveHeaders(PILOT, List.of(MailFixtures.header(7, false)));
        assertThatThrownBy(() -> reader.read(STRANGER, PILOT, 7)).isInstanceOf(NotFoundException.class)
                .hasMessageNotContaining("mail");
        box.esi.next.add(new EsiResult.NotDue<>(ScriptedMailEsi.EXPIRES));
        assertThatThrownBy(() -> reader.read(OWNER, PILOT, 7)).isInstanceOf(UpstreamUnavailableException.class);
        assertThat(box.stored.bodies).isEmpty();
    }

    @Test
    void listingPagesNewestFirstWithoutGapsOrRepeats() {
        box.stored.saveHeaders(PILOT, LongStream.rangeClosed(1, 7)
                .mapToObj(id -> MailFixtures.header(id, id % 2 == 0, id <= 3 ? 4L : 1L)).toList());

        MailPage first = lister.list(OWNER, PILOT, MailSearch.newest(3));
        MailPage second = lister.list(OWNER, PILOT, MailSearch.newest(3).after(first.next()));
        MailPage last = lister.list(OWNER, PILOT, MailSearch.newest(3).after(second.next()));

        assertThat(ids(first)).containsExactly(7L, 6L, 5L);
        assertThat(ids(second)).containsExactly(4L, 3L, 2L);
        assertThat(ids(last)).containsExactly(1L);
        assertThat(last.next()).isNull();
        assertThat(ids(lister.list(OWNER, PILOT, new MailSearch(4L, true, null, null, 10)))).containsExactly(3L, 1L);
        assertThatThrownBy(() -> lister.list(STRANGER, PILOT, MailSearch.newest(3)))
                .isInstanceOf(NotFoundException.class);
    }

    private static List<Long> ids(MailPage page) {
        return page.mails().stream().map(MailHeader::mailId).toList();
    }
}
