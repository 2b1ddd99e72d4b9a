package org.eveseat.adapter.esi.mail;

/** A mail recipient as ESI reads and writes it. */
public record MailRecipientDto(long recipientId, String recipientType) {
}
