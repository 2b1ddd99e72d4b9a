package org.eveseat.adapter.esi.mail;

import java.util.List;

/** The body of {@code PUT /characters/{character_id}/mail/{mail_id}}; a null part is left out of the JSON. */
public record MailUpdateDto(Boolean read, List<Long> labels) {
}
