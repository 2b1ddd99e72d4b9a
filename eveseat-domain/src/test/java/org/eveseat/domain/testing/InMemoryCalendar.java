package org.eveseat.domain.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eveseat.domain.calendar.model.CalendarEvent;
import org.eveseat.domain.calendar.model.CalendarEventSummary;
import org.eveseat.domain.calendar.model.CalendarPage;
import org.eveseat.domain.calendar.model.CalendarSearch;
import org.eveseat.domain.calendar.model.EventAttendee;
import org.eveseat.domain.calendar.model.EventResponse;
import org.eveseat.domain.calendar.port.out.CalendarRepository;
import org.eveseat.domain.shared.CharacterId;

/** One character's calendar in maps; the listing is by date then id, as the JDBC repository lists it. */
public final class InMemoryCalendar implements CalendarRepository {
    public final Map<Long, CalendarEventSummary> listed = new TreeMap<>();
    public final Map<Long, CalendarEvent> details = new HashMap<>();
    public final Map<Long, List<EventAttendee>> attendees = new HashMap<>();

    @Override
    public void saveListed(CharacterId characterId, List<CalendarEventSummary> events) {
        events.forEach(event -> listed.put(event.eventId(), event));
    }

    @Override
    public Set<Long> known(CharacterId characterId, Set<Long> eventIds) {
        return eventIds.stream().filter(listed::containsKey).collect(Collectors.toSet());
    }

    @Override
    public void removeUnlisted(CharacterId characterId, Set<Long> keep, Instant from) {
        listed.values().removeIf(e -> !keep.contains(e.eventId()) && e.date() != null && !e.date().isBefore(from));
    }

    @Override
    public CalendarPage search(CharacterId characterId, CalendarSearch search) {
        List<CalendarEventSummary> matching = listed.values().stream()
                .filter(e -> search.from() == null || !e.date().isBefore(search.from()))
                .filter(e -> search.response() == null || e.response() == search.response())
                .sorted(Comparator.comparing(CalendarEventSummary::date)).toList();
        return new CalendarPage(matching.stream().skip(search.offset()).limit(search.limit()).toList(),
                matching.size());
    }

    @Override
    public Optional<CalendarEvent> event(CharacterId characterId, long eventId) {
        return Optional.ofNullable(details.get(eventId));
    }

    @Override
    public void saveEvent(CharacterId characterId, CalendarEvent event) {
        details.put(event.eventId(), event);
    }

    @Override
    public List<EventAttendee> attendees(CharacterId characterId, long eventId) {
        return attendees.getOrDefault(eventId, List.of());
    }

    @Override
    public void saveAttendees(CharacterId characterId, long eventId, List<EventAttendee> list) {
        attendees.put(eventId, List.copyOf(list));
    }

    @Override
    public void saveResponse(CharacterId characterId, long eventId, EventResponse response) {
        listed.computeIfPresent(eventId, (id, e) -> new CalendarEventSummary(id, e.date(), e.title(), e.importance(),
                response));
    }
}
