package org.eveseat.domain.mail.model;

import org.eveseat.domain.shared.Require;

/**
 * Which stored mail to list, newest first: optionally only one label, only unread mail, only one sender; starting
 * after a cursor (null: from the newest); at most {@code limit} mails (1-100).
 */
public record MailSearch(Long labelId, boolean unreadOnly, Long fromId, MailCursor after, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    public MailSearch {
        Require.positiveIfPresent(labelId, "label id");
        Require.positiveIfPresent(fromId, "sender id");
        Require.between(limit, 1, MAX_LIMIT, "limit");
    }

    public static MailSearch newest(int limit) {
        return new MailSearch(null, false, null, null, limit);
    }

    public MailSearch after(MailCursor cursor) {
        return new MailSearch(labelId, unreadOnly, fromId, cursor, limit);
    }

    public boolean matches(MailHeader header) {
        return (labelId == null || header.labelIds().contains(labelId))
                && (!unreadOnly || !header.read())
                && (fromId == null || fromId.equals(header.fromId()))
                && (after == null || MailCursor.of(header).isBefore(after));
    }
}
