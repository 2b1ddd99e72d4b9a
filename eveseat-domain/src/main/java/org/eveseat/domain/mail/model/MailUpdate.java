package org.eveseat.domain.mail.model;

import java.util.Set;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;

/**
 * A change to a received mail: its read flag, its labels (replacing all current ones, at most 25), or both. A
 * null part stays as it is.
 */
public record MailUpdate(Boolean read, Set<Long> labelIds) {
    public MailUpdate {
        if (read == null && labelIds == null) {
            throw new RuleViolationException("a mail update changes the read flag, the labels or both");
        }
        labelIds = labelIds == null ? null : Require.set(labelIds, 0, 25, "label ids");
    }

    public static MailUpdate markRead(boolean read) {
        return new MailUpdate(read, null);
    }

    public static MailUpdate relabel(Set<Long> labelIds) {
        return new MailUpdate(null, labelIds);
    }
}
