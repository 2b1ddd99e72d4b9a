package org.eveseat.adapter.esi.mail;

import java.util.List;

/** {@code GET /characters/{character_id}/mail/labels}: the labels and the unread count over all of them. */
public record MailLabelsDto(List<MailLabelDto> labels, Long totalUnreadCount) {
}
