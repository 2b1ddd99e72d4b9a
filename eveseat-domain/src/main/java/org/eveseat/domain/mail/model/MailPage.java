package org.eveseat.domain.mail.model;

import java.util.List;

import org.eveseat.domain.shared.Require;

/** One page of a mail listing and the cursor of the next page (null on the last page). */
public record MailPage(List<MailHeader> mails, MailCursor next) {
    public MailPage {
        mails = Require.list(mails, "mails");
    }

    /** Cuts {@code oneMore} (up to limit + 1 headers, newest first) to a page: the extra header proves a next page. */
    public static MailPage of(List<MailHeader> oneMore, int limit) {
        if (oneMore.size() <= limit) {
            return new MailPage(oneMore, null);
        }
        List<MailHeader> page = oneMore.subList(0, limit);
        return new MailPage(page, MailCursor.of(page.get(limit - 1)));
    }
}
