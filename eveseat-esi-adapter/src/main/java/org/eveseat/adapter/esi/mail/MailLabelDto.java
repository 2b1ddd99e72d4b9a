package org.eveseat.adapter.esi.mail;

/** One label of {@code GET /characters/{character_id}/mail/labels}. */
public record MailLabelDto(Long labelId, String name, String color, Long unreadCount) {
}
