package org.eveseat.adapter.esi.mail;

import java.time.Instant;
import java.util.List;

/** {@code GET /characters/{character_id}/mail/{mail_id}}: the header fields (read, not is_read) and the body. */
public record MailDto(Long from, String subject, Instant timestamp, Boolean read, List<Long> labels,
                      List<MailRecipientDto> recipients, String body) {
}
