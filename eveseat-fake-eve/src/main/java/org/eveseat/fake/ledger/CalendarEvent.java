package org.eveseat.fake.ledger;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A calendar event as one character sees it, with the attendees' responses ({@code declined},
 * {@code not_responded}, {@code accepted}, {@code tentative}). {@code ownerType}: eve_server, corporation,
 * faction, character or alliance.
 */
public record CalendarEvent(long eventId, Instant date, long duration, long importance, long ownerId,
                            String ownerName, String ownerType, String title, String text,
                            List<Attendee> attendees) {

    public CalendarEvent {
        attendees = List.copyOf(attendees);
    }

    public record Attendee(long characterId, String eventResponse) {
    }

    /** The response of a character: its attendee entry, or {@code not_responded}. */
    public String responseOf(long characterId) {
        return attendees.stream().filter(a -> a.characterId() == characterId).map(Attendee::eventResponse)
                .findFirst().orElse("not_responded");
    }

    public CalendarEvent respond(long characterId, String response) {
        List<Attendee> others = attendees.stream().filter(a -> a.characterId() != characterId).toList();
        List<Attendee> updated = new ArrayList<>(others);
        updated.add(new Attendee(characterId, response));
        return new CalendarEvent(eventId, date, duration, importance, ownerId, ownerName, ownerType, title, text,
                updated);
    }

    static List<CalendarEvent> samples(long characterId, long corporationId, Instant now) {
        Instant day = now.truncatedTo(ChronoUnit.HOURS);
        long base = 1_386_435L + Math.floorMod(characterId, 10_000L) * 10;
        return List.of(
                new CalendarEvent(base, day.plus(Duration.ofDays(1)), 60, 1, 1, "EVE System", "eve_server",
                        "o7 The EVE Online Show", "o7: The EVE Online Show features latest developer news.",
                        List.of(new Attendee(characterId, "accepted"), new Attendee(95465499L, "tentative"))),
                new CalendarEvent(base + 1, day.plus(Duration.ofDays(3)), 120, 0, corporationId,
                        FakeNames.corporation(corporationId), "corporation", "Corporation ops",
                        "Mining op in the home system.",
                        List.of(new Attendee(Samples.OTHER_PILOTS.get(0), "accepted"))));
    }
}
