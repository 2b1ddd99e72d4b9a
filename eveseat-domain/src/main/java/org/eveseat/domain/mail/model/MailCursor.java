package org.eveseat.domain.mail.model;

import java.time.Instant;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;

/**
 * A position in a character's mail, newest first: the listing continues with mail older than this one. Sent time
 * and mail id together are unique and ordered, so a page boundary never skips or repeats a mail even when new mail
 * arrives between two pages. Its text form ({@code <epoch millis>-<mail id>}) is what API clients pass back.
 */
public record MailCursor(Instant timestamp, long mailId) {
    public MailCursor {
        Require.present(timestamp, "cursor timestamp");
        Require.positive(mailId, "cursor mail id");
    }

    public static MailCursor of(MailHeader header) {
        return new MailCursor(header.timestamp() == null ? Instant.EPOCH : header.timestamp(), header.mailId());
    }

    public static MailCursor parse(String text) {
        String[] parts = text == null ? new String[0] : text.split("-", -1);
        try {
            if (parts.length == 2) {
                return new MailCursor(Instant.ofEpochMilli(Long.parseLong(parts[0])), Long.parseLong(parts[1]));
            }
        } catch (NumberFormatException e) {
            // reported below like any other malformed cursor
        }
        throw new RuleViolationException("cursor must look like <epoch millis>-<mail id>, was '" + text + "'");
    }

    /** True if a mail at this position comes after (is older than) the cursor. */
    public boolean isBefore(MailCursor other) {
        int byTime = timestamp.compareTo(other.timestamp);
        return byTime < 0 || byTime == 0 && mailId < other.mailId;
    }

    @Override
    public String toString() {
        return timestamp.toEpochMilli() + "-" + mailId;
    }
}
