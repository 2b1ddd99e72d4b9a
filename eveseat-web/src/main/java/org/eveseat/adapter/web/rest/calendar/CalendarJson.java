package org.eveseat.adapter.web.rest.calendar;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.eveseat.adapter.web.rest.NamesJson;
import org.eveseat.domain.calendar.model.CalendarEvent;
import org.eveseat.domain.calendar.model.CalendarEventSummary;
import org.eveseat.domain.calendar.model.CalendarPage;
import org.eveseat.domain.calendar.model.CalendarSearch;
import org.eveseat.domain.calendar.model.EventAttendee;
import org.eveseat.domain.universe.model.EntityNames;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;

/** Response bodies of the calendar API; answers and owner kinds in ESI's spelling, times ISO-8601. */
final class CalendarJson {
    private CalendarJson() {
    }

    static JsonObject page(CalendarPage page, CalendarSearch search) {
        JsonArrayBuilder events = JSON.createArrayBuilder();
        page.events().forEach(event -> events.add(summary(event)));
        return JSON.createObjectBuilder().add("events", events).add("total", page.total())
                .add("offset", search.offset()).add("limit", search.limit()).build();
    }

    static JsonObject event(CalendarEvent event) {
        return JSON.createObjectBuilder().add("eventId", event.eventId()).add("date", event.date().toString())
                .add("durationMinutes", event.duration().toMinutes()).add("title", event.title())
                .add("text", event.text()).add("importance", event.importance())
                .add("owner", JSON.createObjectBuilder().add("id", event.ownerId()).add("name", event.ownerName())
                        .add("type", event.ownerType().esiValue()))
                .add("response", event.response().esiValue()).build();
    }

    /** The attendees with their names, resolved in one batch. */
    static JsonObject attendees(List<EventAttendee> attendees, ResolveNamesQuery resolver) {
        EntityNames names = resolver.resolve(NamesJson.ids(attendees.stream().map(a -> a.characterId().value())));
        JsonArrayBuilder all = JSON.createArrayBuilder();
        attendees.forEach(a -> all.add(NamesJson.name(JSON.createObjectBuilder()
                .add("characterId", a.characterId().value()), "name", names, a.characterId().value())
                .add("response", a.response().esiValue())));
        return JSON.createObjectBuilder().add("attendees", all).build();
    }

    private static JsonObject summary(CalendarEventSummary event) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("eventId", event.eventId());
        if (event.date() == null) {
            json.addNull("date");
        } else {
            json.add("date", event.date().toString());
        }
        if (event.title() == null) {
            json.addNull("title");
        } else {
            json.add("title", event.title());
        }
        if (event.importance() == null) {
            json.addNull("importance");
        } else {
            json.add("importance", event.importance());
        }
        return (event.response() == null ? json.addNull("response")
                : json.add("response", event.response().esiValue())).build();
    }
}
