package org.eveseat.adapter.esi.mail;

import java.time.Instant;
import java.util.List;

/** One entry of {@code GET /characters/{character_id}/mail}; every field is optional in the spec. */
public record MailHeaderDto(Long mailId, Long from, String subject, Instant timestamp, Boolean isRead,
                            List<Long> labels, List<MailRecipientDto> recipients) {
}
