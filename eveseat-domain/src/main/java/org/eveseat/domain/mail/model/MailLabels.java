package org.eveseat.domain.mail.model;

import java.util.List;

import org.eveseat.domain.shared.Require;

/** All mail labels of a character with the unread count over all of them, as ESI reports them in one answer. */
public record MailLabels(List<MailLabel> labels, long totalUnreadCount) {
    public MailLabels {
        labels = Require.list(labels, "labels");
        Require.notNegative(totalUnreadCount, "total unread count");
    }
}
