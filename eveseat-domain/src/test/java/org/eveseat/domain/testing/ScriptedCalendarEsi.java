package org.eveseat.domain.testing;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

import org.eveseat.domain.calendar.model.CalendarEvent;
import org.eveseat.domain.calendar.model.CalendarEventSummary;
import org.eveseat.domain.calendar.model.EventAttendee;
import org.eveseat.domain.calendar.model.EventReply;
import org.eveseat.domain.calendar.port.out.CalendarEsi;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotFoundException;

/**
 * A calendar on ESI: events listed 50 after a cursor, details, attendees, answers given, and every call made. An
 * {@link EsiResult} or {@link RuntimeException} queued in {@link #next} is the answer to the next call instead.
 */
public final class ScriptedCalendarEsi implements CalendarEsi {
    public static final Instant EXPIRES = Instant.parse("2026-11-25T12:15:00Z");

    public final List<CalendarEventSummary> listed = new ArrayList<>();
    public final Map<Long, CalendarEvent> details = new HashMap<>();
    public final Map<Long, List<EventAttendee>> attendees = new HashMap<>();
    public final Map<Long, EventReply> replies = new HashMap<>();
    public final Deque<Object> next = new ArrayDeque<>();
    public final List<String> calls = new ArrayList<>();

    @Override
    public EsiResult<List<CalendarEventSummary>> events(CharacterId characterId, OptionalLong fromEventId,
                                                        AccessToken token) {
        calls.add("events from " + fromEventId.orElse(0));
        int start = fromEventId.isEmpty() ? 0 : 1 + listed.indexOf(listed.stream()
                .filter(e -> e.eventId() == fromEventId.getAsLong()).findFirst().orElseThrow());
        return answer(() -> listed.subList(start, Math.min(listed.size(), start + 50)));
    }

    @Override
    public EsiResult<CalendarEvent> event(CharacterId characterId, long eventId, AccessToken token) {
        calls.add("event " + eventId);
        return answer(() -> found(details.get(eventId)));
    }

    @Override
    public void respond(CharacterId characterId, long eventId, EventReply reply, AccessToken token) {
        calls.add("respond " + eventId);
        answer(() -> replies.put(eventId, reply));
    }

    @Override
    public EsiResult<List<EventAttendee>> attendees(CharacterId characterId, long eventId, AccessToken token) {
        calls.add("attendees " + eventId);
        return answer(() -> found(attendees.get(eventId)));
    }

    @SuppressWarnings("unchecked")
    private <T> EsiResult<T> answer(Supplier<T> value) {
        Object scripted = next.poll();
        if (scripted instanceof RuntimeException failure) {
            throw failure;
        }
        if (scripted instanceof EsiResult<?> result) {
            return (EsiResult<T>) result;
        }
        return new EsiResult.Fresh<>(value.get(), EXPIRES);
    }

    private static <T> T found(T value) {
        if (value == null) {
            throw new NotFoundException("Event not found");
        }
        return value;
    }
}
