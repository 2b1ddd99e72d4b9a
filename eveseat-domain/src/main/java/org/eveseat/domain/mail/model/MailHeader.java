package org.eveseat.domain.mail.model;

import java.time.Instant;
import java.util.List;

import org.eveseat.domain.shared.Require;

/**
 * A mail as the inbox lists it, without its body. {@code fromId} is a character, corporation, alliance or mailing
 * list; fields ESI leaves out are null.
 */
public record MailHeader(long mailId, Long fromId, String subject, Instant timestamp, boolean read,
                         List<Long> labelIds, List<MailRecipient> recipients) {
    public MailHeader {
        Require.positive(mailId, "mail id");
        Require.positiveIfPresent(fromId, "sender id");
        labelIds = Require.list(labelIds, "label ids");
        recipients = Require.list(recipients, "recipients");
    }
}
