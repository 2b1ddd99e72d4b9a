package org.eveseat.domain.mail.model;

import java.util.Set;

import org.eveseat.domain.shared.Require;

/**
 * Which mail headers to list: ESI returns at most 50 per call, newest first. {@code beforeMailId} pages back
 * through older mail (0: start at the newest); {@code labelIds} keeps only mail carrying one of up to 25 labels
 * (empty: all mail).
 */
public record MailFilter(Set<Long> labelIds, long beforeMailId) {
    public MailFilter {
        labelIds = Require.set(labelIds, 0, 25, "label ids");
        Require.notNegative(beforeMailId, "before mail id");
    }

    public static MailFilter newest() {
        return new MailFilter(Set.of(), 0);
    }

    public MailFilter before(long mailId) {
        Require.positive(mailId, "before mail id");
        return new MailFilter(labelIds, mailId);
    }
}
