package org.eveseat.domain.calendar.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;

import org.eveseat.domain.calendar.model.CalendarEventSummary;
import org.eveseat.domain.calendar.port.in.SyncCalendarUseCase;
import org.eveseat.domain.calendar.port.out.CalendarEsi;
import org.eveseat.domain.calendar.port.out.CalendarRepository;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;

/**
 * Syncs the list of upcoming events, 50 at a time from the last one read, up to {@link #MAX_BATCHES}. Each batch
 * is stored as it arrives; only a walk that reached the end removes the upcoming events EVE no longer lists
 * (cancelled ones), so a failure half-way never drops an event. The next sync is due when the first batch expires.
 */
public class SyncCalendarService implements SyncCalendarUseCase {
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(5);
    static final int BATCH_SIZE = 50;
    static final int MAX_BATCHES = 10;

    private final AccessTokenQuery accessTokens;
    private final CalendarEsi esi;
    private final CalendarRepository calendar;
    private final CalendarInvites invites;
    private final Clock clock;

    public SyncCalendarService(AccessTokenQuery accessTokens, CalendarEsi esi, CalendarRepository calendar,
                               EventPublisher events, Clock clock) {
        this.accessTokens = accessTokens;
        this.esi = esi;
        this.calendar = calendar;
        this.invites = new CalendarInvites(calendar, events, clock);
        this.clock = clock;
    }

    @Override
    public SyncOutcome sync(CharacterId characterId) {
        try {
            AccessToken token = accessTokens.accessTokenFor(characterId);
            Instant started = clock.instant();
            EsiResult<List<CalendarEventSummary>> first = esi.events(characterId, OptionalLong.empty(), token);
            if (!(first instanceof EsiResult.Fresh<List<CalendarEventSummary>> fresh)) {
                return SyncOutcome.afterReads(false, first);
            }
            List<CalendarEventSummary> listed = walk(characterId, fresh.value(), token);
            if (listed != null) {
                calendar.removeUnlisted(characterId, new HashSet<>(listed.stream()
                        .map(CalendarEventSummary::eventId).toList()), started);
            }
            return SyncOutcome.of(Status.UPDATED, first.expires());
        } catch (TokenInvalidException e) {
            return new SyncOutcome(Status.TOKEN_INVALID, null, e.getMessage());
        } catch (DomainException e) {
            return SyncOutcome.failed(e, clock.instant().plus(RETRY_AFTER_FAILURE));
        }
    }

    /** Stores every batch; answers all events listed, or null if the walk stopped before the end. */
    private List<CalendarEventSummary> walk(CharacterId characterId, List<CalendarEventSummary> first,
                                            AccessToken token) {
        List<CalendarEventSummary> all = new ArrayList<>();
        List<CalendarEventSummary> batch = first;
        for (int read = 1; ; read++) {
            invites.announce(characterId, batch);
            calendar.saveListed(characterId, batch);
            all.addAll(batch);
            if (batch.size() < BATCH_SIZE) {
                return all;
            }
            if (read >= MAX_BATCHES) {
                return null;
            }
            long last = batch.get(batch.size() - 1).eventId();
            if (!(esi.events(characterId, OptionalLong.of(last), token)
                    instanceof EsiResult.Fresh<List<CalendarEventSummary>> next)) {
                return null;
            }
            batch = next.value();
        }
    }
}
