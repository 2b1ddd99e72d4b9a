package org.eveseat.domain.mail.service;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.model.LiveTopics;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.mail.model.MailFilter;
import org.eveseat.domain.mail.model.MailHeader;
import org.eveseat.domain.mail.port.out.MailEsi;
import org.eveseat.domain.mail.port.out.MailRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;

/**
 * Pages back through the inbox from the newest batch ESI sent. Each batch is stored as soon as it arrives, so a
 * failure later in the walk keeps what was read. The walk stops at the end of the mail, at a batch holding only
 * mail already stored (the older mail was stored by an earlier walk), at a batch ESI has not changed since the last
 * read, or after {@link #MAX_BATCHES}, which bounds the first sync of a large mailbox.
 */
final class HeaderWalk {
    static final int BATCH_SIZE = 50;
    static final int MAX_BATCHES = 20;

    static final int MAILS_PUSHED = 10;

    private final MailEsi esi;
    private final MailRepository mail;
    private final EventPublisher events;
    private final Clock clock;

    HeaderWalk(MailEsi esi, MailRepository mail, EventPublisher events, Clock clock) {
        this.esi = esi;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /** @return whether anything was stored */
    boolean walk(CharacterId characterId, EsiResult<List<MailHeader>> newest, AccessToken token) {
        EsiResult<List<MailHeader>> batch = newest;
        boolean stored = false;
        for (int read = 1; batch instanceof EsiResult.Fresh<List<MailHeader>> fresh
                && !fresh.value().isEmpty(); read++) {
            List<MailHeader> headers = fresh.value();
            int added = mail.saveHeaders(characterId, headers);
            stored = true;
            if (added > 0) {
                publishNew(characterId, added, headers);
            }
            if (added == 0 || headers.size() < BATCH_SIZE || read >= MAX_BATCHES) {
                break;
            }
            long oldest = headers.stream().mapToLong(MailHeader::mailId).min().orElseThrow();
            batch = esi.headers(characterId, MailFilter.newest().before(oldest), token);
        }
        return stored;
    }

    /** ESI lists the newest first and the walk stops at known mail, so the new ones are the newest of the batch. */
    private void publishNew(CharacterId characterId, int added, List<MailHeader> headers) {
        List<Map<String, Object>> mails = headers.stream()
                .sorted(Comparator.comparingLong(MailHeader::mailId).reversed())
                .limit(Math.min(added, MAILS_PUSHED)).map(HeaderWalk::summary).toList();
        events.publish(new LiveEvent("mail.new", LiveTopics.character(characterId, "mail"), clock.instant(),
                Map.of("characterId", characterId.value(), "added", added, "mails", mails)));
    }

    private static Map<String, Object> summary(MailHeader header) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("mailId", header.mailId());
        summary.put("fromId", header.fromId());
        summary.put("subject", header.subject());
        summary.put("timestamp", header.timestamp() == null ? null : header.timestamp().toString());
        return summary;
    }
}
