package org.eveseat.fake.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A mail in a character's mailbox: the header ({@code GET /characters/{id}/mail}) and the body
 * ({@code GET .../mail/{mail_id}}). Label 1 is the inbox, 2 sent mail, 4 corporation and 8 alliance mail.
 */
public record Mail(long mailId, long from, String subject, String body, Instant timestamp, List<Recipient> recipients,
                   List<Long> labels, boolean isRead) {

    public static final long INBOX = 1;
    public static final long SENT = 2;
    public static final long CORPORATION = 4;
    public static final long ALLIANCE = 8;

    public Mail {
        recipients = List.copyOf(recipients);
        labels = List.copyOf(labels);
    }

    /** {@code recipientType}: alliance, character, corporation or mailing_list. */
    public record Recipient(long recipientId, String recipientType) {
    }

    public Mail read(boolean read) {
        return new Mail(mailId, from, subject, body, timestamp, recipients, labels, read);
    }

    public Mail labels(List<Long> newLabels) {
        return new Mail(mailId, from, subject, body, timestamp, recipients, newLabels, isRead);
    }

    static List<Mail> samples(long characterId, long corporationId, Instant now) {
        long base = 360_000_000L + Math.floorMod(characterId, 1_000_000L) * 10;
        Recipient me = new Recipient(characterId, "character");
        return List.of(
                new Mail(base + 4, Samples.OTHER_PILOTS.get(0), "Fleet tonight", "Form up in Jita at 19:00. o7",
                        now.minus(Duration.ofHours(3)), List.of(me), List.of(INBOX), false),
                new Mail(base + 3, characterId, "Re: Fuel blocks", "Sent the contract, check your assets.",
                        now.minus(Duration.ofHours(30)), List.of(new Recipient(Samples.OTHER_PILOTS.get(1), "character")),
                        List.of(SENT), true),
                new Mail(base + 2, Samples.OTHER_PILOTS.get(2), "Corporation tax change",
                        "<font size=\"12\">Tax goes to 10% next week.</font>", now.minus(Duration.ofDays(4)),
                        List.of(new Recipient(corporationId, "corporation")), List.of(CORPORATION, 16L), true),
                new Mail(base + 1, Samples.OTHER_PILOTS.get(3), "Title for EVE Mail", "blah blah blah",
                        now.minus(Duration.ofDays(12)), List.of(me, new Recipient(145_000_001L, "mailing_list")),
                        List.of(INBOX, 17L), true));
    }
}
