package org.eveseat.adapter.web.rest.mail;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** Recipients and labels of a mail are named by positive ids. */
class MailRequestIdsTest {
    @Test
    void aRecipientWhoseIdIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> MailRequests.send(new CharacterId(1), "{\"recipients\": [{\"id\": -90000001, "
                + "\"type\": \"character\"}], \"subject\": \"s\", \"body\": \"b\"}"))
                .isInstanceOf(RuleViolationException.class).hasMessage("id must be a positive number, was -90000001");
    }

    @Test
    void aLabelWhoseIdIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> MailRequests.update("{\"labels\": [1, 0]}"))
                .isInstanceOf(RuleViolationException.class).hasMessage("labels must be a positive number, was 0");
    }
}
