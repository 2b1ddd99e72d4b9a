package org.eveseat.domain.mail.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import org.eveseat.domain.mail.port.in.SendMailCommand;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class MailListingModelTest {
    private static final MailRecipient FRIEND = new MailRecipient(95465499L, RecipientType.CHARACTER);
    private static final CharacterId PILOT = new CharacterId(2112625428L);

    @Test
    void aCursorSurvivesItsTextFormAndRejectsAnythingElse() {
        MailCursor cursor = new MailCursor(Instant.parse("2026-11-25T12:00:00.123Z"), 361234567L);
        assertThat(MailCursor.parse(cursor.toString())).isEqualTo(cursor);
        for (String broken : new String[] {null, "", "12", "a-b", "1-2-3", "100-0", "100--5"}) {
            assertThatThrownBy(() -> MailCursor.parse(broken)).as(broken).isInstanceOf(RuleViolationException.class);
        }
    }

    @Test
    void searchLimitsAreChecked() {
        assertThatThrownBy(() -> MailSearch.newest(0)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> MailSearch.newest(MailSearch.MAX_LIMIT + 1)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new MailSearch(-1L, false, null, null, 10)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aSendCommandKeepsToEsiLimits() {
        assertThat(SendMailCommand.of(PILOT, List.of(FRIEND), "s".repeat(1000), "b".repeat(10000), 0).mail().body())
                .hasSize(10000);
        assertThatThrownBy(() -> SendMailCommand.of(PILOT, List.of(), "s", "b", 0))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("recipients");
        assertThatThrownBy(() -> SendMailCommand.of(PILOT, Collections.nCopies(51, FRIEND), "s", "b", 0))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("recipients");
        assertThatThrownBy(() -> SendMailCommand.of(PILOT, List.of(FRIEND), "s".repeat(1001), "b", 0))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("subject");
        assertThatThrownBy(() -> SendMailCommand.of(PILOT, List.of(FRIEND), "s", "b".repeat(10001), 0))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("body");
        assertThatThrownBy(() -> SendMailCommand.of(PILOT, List.of(new MailRecipient(1, RecipientType.UNKNOWN)),
                "s", "b", 0)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> SendMailCommand.of(PILOT, List.of(FRIEND), "s", "b", -1))
                .isInstanceOf(RuleViolationException.class);
    }
}
