package org.eveseat.adapter.esi.mail;

/** One entry of {@code GET /characters/{character_id}/mail/lists}. */
public record MailingListDto(long mailingListId, String name) {
}
