package org.eveseat.fake.ledger;

import java.util.List;

/** A mail label; ids 1, 2, 4 and 8 are the built-in ones, custom labels start at 16. */
public record MailLabel(long labelId, String name, String color) {

    public static final List<String> COLORS = List.of("#0000fe", "#006634", "#0099ff", "#00ff33", "#01ffff",
            "#349800", "#660066", "#666666", "#999999", "#99ffff", "#9a0000", "#ccff9a", "#e6e6e6", "#fe0000",
            "#ff6600", "#ffff01", "#ffffcd", "#ffffff");

    public boolean builtIn() {
        return labelId < 16;
    }

    static List<MailLabel> samples() {
        return List.of(new MailLabel(Mail.INBOX, "Inbox", "#ffffff"), new MailLabel(Mail.SENT, "Sent", "#ffffff"),
                new MailLabel(Mail.CORPORATION, "[Corp]", "#ffffff"),
                new MailLabel(Mail.ALLIANCE, "[Alliance]", "#ffffff"),
                new MailLabel(16, "PINK", "#660066"), new MailLabel(17, "WHITE", "#ffffff"));
    }
}
