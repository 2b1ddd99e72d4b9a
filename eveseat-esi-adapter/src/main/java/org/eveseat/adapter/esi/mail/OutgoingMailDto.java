package org.eveseat.adapter.esi.mail;

import java.util.List;

/** The body of {@code POST /characters/{character_id}/mail}. */
public record OutgoingMailDto(List<MailRecipientDto> recipients, String subject, String body, long approvedCost) {
}
