package org.eveseat.domain.calendar.service;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eveseat.domain.calendar.model.CalendarEventSummary;
import org.eveseat.domain.calendar.model.EventResponse;
import org.eveseat.domain.calendar.port.out.CalendarRepository;
import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.model.LiveTopics;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.shared.CharacterId;

/**
 * An invite is an event the character has not answered and that was not stored before: those of a batch are
 * pushed to the character's calendar topic before the batch is stored.
 */
final class CalendarInvites {
    private final CalendarRepository calendar;
    private final EventPublisher events;
    private final Clock clock;

    CalendarInvites(CalendarRepository calendar, EventPublisher events, Clock clock) {
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    void announce(CharacterId characterId, List<CalendarEventSummary> batch) {
        Set<Long> known = calendar.known(characterId, batch.stream().map(CalendarEventSummary::eventId)
                .collect(Collectors.toSet()));
        List<Map<String, Object>> invites = batch.stream()
                .filter(e -> e.response() == EventResponse.NOT_RESPONDED && !known.contains(e.eventId()))
                .map(CalendarInvites::invite).toList();
        if (!invites.isEmpty()) {
            events.publish(new LiveEvent("calendar.invite", LiveTopics.character(characterId, "calendar"),
                    clock.instant(), Map.of("characterId", characterId.value(), "events", invites)));
        }
    }

    private static Map<String, Object> invite(CalendarEventSummary event) {
        Map<String, Object> invite = new LinkedHashMap<>();
        invite.put("eventId", event.eventId());
        invite.put("date", event.date() == null ? null : event.date().toString());
        invite.put("title", event.title());
        invite.put("importance", event.importance());
        return invite;
    }
}
