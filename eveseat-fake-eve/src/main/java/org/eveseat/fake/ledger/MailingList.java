package org.eveseat.fake.ledger;

/** A mailing list a character is subscribed to. */
public record MailingList(long mailingListId, String name) {
}
