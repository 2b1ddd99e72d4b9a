package org.eveseat.domain.mail.model;

import org.eveseat.domain.shared.Require;

/** A mail label of a character (the built-in Inbox, Sent, Corp and Alliance labels included). */
public record MailLabel(long labelId, String name, LabelColor color, long unreadCount) {
    public MailLabel {
        Require.positive(labelId, "label id");
        Require.present(name, "label name");
        color = color == null ? LabelColor.WHITE : color;
        Require.notNegative(unreadCount, "unread count");
    }
}
