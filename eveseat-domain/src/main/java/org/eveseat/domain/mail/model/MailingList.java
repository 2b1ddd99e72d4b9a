package org.eveseat.domain.mail.model;

import org.eveseat.domain.shared.Require;

/** A mailing list the character has joined. */
public record MailingList(long mailingListId, String name) {
    public MailingList {
        Require.positive(mailingListId, "mailing list id");
        Require.present(name, "mailing list name");
    }
}
