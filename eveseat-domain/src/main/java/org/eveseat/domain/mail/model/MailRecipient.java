package org.eveseat.domain.mail.model;

import org.eveseat.domain.shared.Require;

/** One addressee of a mail: a character, corporation, alliance or mailing list. */
public record MailRecipient(long recipientId, RecipientType type) {
    public MailRecipient {
        Require.positive(recipientId, "recipient id");
        Require.present(type, "recipient type");
    }
}
