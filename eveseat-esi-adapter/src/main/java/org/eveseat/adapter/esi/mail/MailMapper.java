package org.eveseat.adapter.esi.mail;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eveseat.adapter.esi.common.dto.CharactersCharacterIdMailLists;
import org.eveseat.domain.mail.model.LabelColor;
import org.eveseat.domain.mail.model.Mail;
import org.eveseat.domain.mail.model.MailHeader;
import org.eveseat.domain.mail.model.MailLabel;
import org.eveseat.domain.mail.model.MailLabels;
import org.eveseat.domain.mail.model.MailRecipient;
import org.eveseat.domain.mail.model.MailUpdate;
import org.eveseat.domain.mail.model.MailingList;
import org.eveseat.domain.mail.model.NewMailLabel;
import org.eveseat.domain.mail.model.OutgoingMail;
import org.eveseat.domain.mail.model.RecipientType;

/** ESI mail JSON to the mail model and back. */
final class MailMapper {
    private MailMapper() {
    }

    /** The spec leaves {@code mail_id} optional; a header without one cannot be opened, so it is dropped. */
    static List<MailHeader> headers(MailHeaderDto[] dtos) {
        return Arrays.stream(dtos).filter(dto -> dto.mailId() != null)
                .map(dto -> new MailHeader(dto.mailId(), sender(dto.from()), dto.subject(), dto.timestamp(),
                        Boolean.TRUE.equals(dto.isRead()), dto.labels(), recipients(dto.recipients())))
                .toList();
    }

    static Mail mail(long mailId, MailDto dto) {
        return new Mail(new MailHeader(mailId, sender(dto.from()), dto.subject(), dto.timestamp(),
                Boolean.TRUE.equals(dto.read()), dto.labels(), recipients(dto.recipients())), dto.body());
    }

    static MailLabels labels(MailLabelsDto dto) {
        List<MailLabel> labels = dto.labels() == null ? List.of() : dto.labels().stream()
                .map(l -> new MailLabel(l.labelId(), l.name(), LabelColor.fromEsi(l.color()), orZero(l.unreadCount())))
                .toList();
        return new MailLabels(labels, orZero(dto.totalUnreadCount()));
    }

    static MailingList mailingList(CharactersCharacterIdMailLists dto) {
        return new MailingList(dto.mailingListId(), dto.name());
    }

    static OutgoingMailDto outgoing(OutgoingMail mail) {
        return new OutgoingMailDto(mail.recipients().stream()
                .map(r -> new MailRecipientDto(r.recipientId(), r.type().esiValue())).toList(),
                mail.subject(), mail.body(), mail.approvedCost());
    }

    static MailUpdateDto update(MailUpdate update) {
        return new MailUpdateDto(update.read(), update.labelIds() == null ? null
                : update.labelIds().stream().sorted().toList());
    }

    static NewMailLabelDto newLabel(NewMailLabel label) {
        return new NewMailLabelDto(label.name(), label.color().esiValue());
    }

    private static List<MailRecipient> recipients(List<MailRecipientDto> dtos) {
        return dtos == null ? List.of() : dtos.stream().filter(Objects::nonNull)
                .map(r -> new MailRecipient(r.recipientId(), RecipientType.fromEsi(r.recipientType()))).toList();
    }

    /** A sender ESI could not name (0 or missing) is unknown rather than invalid. */
    private static Long sender(Long from) {
        return from == null || from <= 0 ? null : from;
    }

    private static long orZero(Long count) {
        return count == null ? 0 : count;
    }
}
