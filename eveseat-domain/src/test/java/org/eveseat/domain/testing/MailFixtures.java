package org.eveseat.domain.testing;

import java.time.Instant;
import java.util.List;

import org.eveseat.domain.mail.model.Mail;
import org.eveseat.domain.mail.model.MailHeader;
import org.eveseat.domain.mail.model.MailRecipient;
import org.eveseat.domain.mail.model.RecipientType;

/** Mail for use-case tests: mail id n was sent n minutes after {@link #START}, so ids and time agree. */
public final class MailFixtures {
    public static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
    public static final long SENDER = 95465499L;

    private MailFixtures() {
    }

    public static MailHeader header(long mailId, boolean read, Long... labelIds) {
        return new MailHeader(mailId, SENDER, "subject " + mailId, START.plusSeconds(60 * mailId), read,
                List.of(labelIds), List.of(new MailRecipient(2112625428L, RecipientType.CHARACTER)));
    }

    public static Mail mail(long mailId, String body) {
        return new Mail(header(mailId, false, 1L), body);
    }
}
