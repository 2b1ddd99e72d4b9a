package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRequest;
import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.Json;
import org.eveseat.fake.ledger.CalendarEvent;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A character's calendar: upcoming events, event details, attendees and responding to an event. */
public final class CalendarRoutes {

    private static final int EVENTS_PER_REQUEST = 50;

    private CalendarRoutes() {
    }

    public static List<EsiRoute> routes() {
        return List.of(
                EsiRoute.of("GET /characters/{character_id}/calendar").answer(CalendarRoutes::events),
                EsiRoute.of("GET /characters/{character_id}/calendar/{event_id}").answer(CalendarRoutes::event),
                EsiRoute.of("PUT /characters/{character_id}/calendar/{event_id}").answer(CalendarRoutes::respond),
                EsiRoute.of("GET /characters/{character_id}/calendar/{event_id}/attendees")
                        .answer(request -> find(request).attendees()));
    }

    /** Up to 50 events by date, those after {@code from_event} if given. */
    private static List<Map<String, Object>> events(EsiRequest request) {
        long characterId = request.character().characterId();
        List<CalendarEvent> byDate = request.character().calendar().all().stream()
                .sorted(Comparator.comparing(CalendarEvent::date)).toList();
        long from = request.queryLong("from_event").orElse(-1L);
        int start = 0;
        for (int i = 0; i < byDate.size(); i++) {
            if (byDate.get(i).eventId() == from) {
                start = i + 1;
            }
        }
        return byDate.subList(start, byDate.size()).stream().limit(EVENTS_PER_REQUEST).map(event -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("event_date", event.date());
            json.put("event_id", event.eventId());
            json.put("event_response", event.responseOf(characterId));
            json.put("importance", event.importance());
            json.put("title", event.title());
            return json;
        }).toList();
    }

    private static Map<String, Object> event(EsiRequest request) {
        CalendarEvent event = find(request);
        String response = event.responseOf(request.character().characterId());
        Map<String, Object> json = Json.without(event, "attendees");
        json.put("response", response.equals("not_responded") ? "Undecided"
                : Character.toUpperCase(response.charAt(0)) + response.substring(1));
        return json;
    }

    /** {@code {"response": "accepted" | "declined" | "tentative"}}. */
    private static Object respond(EsiRequest request) {
        CalendarEvent event = find(request);
        String response = Bodies.enumValue(Bodies.object(request.json()), "response", "body",
                Set.of("accepted", "declined", "tentative"), null);
        long characterId = request.character().characterId();
        request.character().calendar().update(e -> e.eventId() == event.eventId(),
                e -> e.respond(characterId, response));
        return null;
    }

    private static CalendarEvent find(EsiRequest request) {
        long eventId = request.longParam("event_id");
        return request.character().calendar().find(event -> event.eventId() == eventId)
                .orElseThrow(() -> Bodies.notFound("Event"));
    }
}
