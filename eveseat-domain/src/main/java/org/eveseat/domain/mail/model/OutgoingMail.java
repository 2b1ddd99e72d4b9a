package org.eveseat.domain.mail.model;

import java.util.List;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;

/**
 * A mail to send, within ESI's limits: 1-50 recipients of a known kind, a subject and a body. {@code approvedCost}
 * is the CSPA charge in ISK the sender accepts for mailing characters who demand one (0: none).
 */
public record OutgoingMail(List<MailRecipient> recipients, String subject, String body, long approvedCost) {
    public OutgoingMail {
        recipients = Require.list(recipients, 1, 50, "recipients");
        if (recipients.stream().anyMatch(recipient -> recipient.type() == RecipientType.UNKNOWN)) {
            throw new RuleViolationException("recipients must be characters, corporations, alliances or lists");
        }
        Require.text(subject, 1000, "subject");
        Require.text(body, 10000, "body");
        Require.notNegative(approvedCost, "approved cost");
    }
}
