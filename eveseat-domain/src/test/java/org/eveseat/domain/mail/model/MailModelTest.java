package org.eveseat.domain.mail.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.eveseat.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class MailModelTest {
    private static final MailRecipient PILOT = new MailRecipient(2112625428L, RecipientType.CHARACTER);

    @Test
    void outgoingMailStaysWithinEsiLimits() {
        assertThat(new OutgoingMail(List.of(PILOT), "o7", "Fleet at 20:00", 0).recipients()).containsExactly(PILOT);
        assertThatThrownBy(() -> new OutgoingMail(List.of(), "o7", "body", 0))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("recipients");
        List<MailRecipient> tooMany = Collections.nCopies(51, PILOT);
        assertThatThrownBy(() -> new OutgoingMail(tooMany, "o7", "body", 0))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new OutgoingMail(List.of(PILOT), "x".repeat(1001), "body", 0))
                .hasMessageContaining("subject");
        assertThatThrownBy(() -> new OutgoingMail(List.of(PILOT), "o7", "x".repeat(10_001), 0))
                .hasMessageContaining("body");
        assertThatThrownBy(() -> new OutgoingMail(List.of(PILOT), "o7", "body", -1))
                .hasMessageContaining("approved cost");
    }

    @Test
    void recipientsOfAKindAddedLaterCannotBeWrittenTo() {
        MailRecipient unknown = new MailRecipient(99L, RecipientType.fromEsi("community"));
        assertThat(unknown.type()).isEqualTo(RecipientType.UNKNOWN);
        assertThatThrownBy(() -> new OutgoingMail(List.of(unknown), "o7", "body", 0))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new MailRecipient(0, RecipientType.CHARACTER))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anUpdateChangesSomethingAndAtMost25Labels() {
        assertThat(MailUpdate.markRead(true).labelIds()).isNull();
        assertThat(MailUpdate.relabel(Set.of(1L, 4L)).read()).isNull();
        assertThatThrownBy(() -> new MailUpdate(null, null)).isInstanceOf(RuleViolationException.class);
        Set<Long> labels = LongStream.rangeClosed(1, 26).boxed().collect(Collectors.toSet());
        assertThatThrownBy(() -> MailUpdate.relabel(labels)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void newLabelsHaveAShortNameAndAnEveColour() {
        assertThat(new NewMailLabel("Fleet", null).color()).isEqualTo(LabelColor.WHITE);
        assertThat(new NewMailLabel("Fleet", LabelColor.RED).color().esiValue()).isEqualTo("#fe0000");
        assertThatThrownBy(() -> new NewMailLabel("x".repeat(41), LabelColor.RED))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new NewMailLabel("Fleet", LabelColor.UNKNOWN))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void headersPageBackwardsFromTheNewest() {
        MailFilter newest = MailFilter.newest();
        assertThat(newest.beforeMailId()).isZero();
        assertThat(newest.before(331477591).beforeMailId()).isEqualTo(331477591);
        assertThatThrownBy(() -> newest.before(0)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void missingListsAreEmptyAndMissingBodiesBlank() {
        MailHeader header = new MailHeader(7, null, null, null, false, null, null);
        assertThat(header.labelIds()).isEmpty();
        assertThat(header.recipients()).isEmpty();
        assertThat(new Mail(header, null).body()).isEmpty();
        assertThatThrownBy(() -> new MailHeader(0, null, null, null, false, null, null))
                .isInstanceOf(RuleViolationException.class);
        assertThat(new MailLabel(1, "Inbox", null, 3).color()).isEqualTo(LabelColor.WHITE);
    }
}
