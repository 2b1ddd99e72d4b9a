package org.eveseat.adapter.persistence.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.calendar.model.CalendarEvent;
import org.eveseat.domain.calendar.model.CalendarEventSummary;
import org.eveseat.domain.calendar.model.CalendarSearch;
import org.eveseat.domain.calendar.model.EventAttendee;
import org.eveseat.domain.calendar.model.EventOwnerType;
import org.eveseat.domain.calendar.model.EventResponse;
import org.eveseat.domain.calendar.port.out.CalendarRepository;
import org.eveseat.domain.shared.CharacterId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcCalendarRepositoryTest {
    private static final CharacterId PILOT = new CharacterId(2112625428L);
    private static final CharacterId ALT = new CharacterId(2112625429L);
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00.123456Z");
    private static final CalendarEvent SHOW = new CalendarEvent(7, NOW.plus(Duration.ofDays(1)), Duration.ofHours(1),
            "o7 show", "News <b>tonight</b>", 1, 1, "EVE System", EventOwnerType.EVE_SERVER, EventResponse.TENTATIVE);

    private final TestDatabase db = TestDatabase.get();
    private final CalendarRepository calendar = new JdbcCalendarRepository(db.dataSource());

    @BeforeEach
    void linkCharacters() {
        db.linkCharacters(List.of(PILOT, ALT));
    }

    @Test
    void listedEventsComeBackByDateAndARefreshKeepsTheirDetails() {
        calendar.saveListed(PILOT, List.of(event(8, 3, EventResponse.ACCEPTED), event(7, 1, EventResponse.ACCEPTED),
                new CalendarEventSummary(9, null, null, null, null)));
        calendar.saveEvent(PILOT, SHOW);
        calendar.saveListed(PILOT, List.of(event(7, 1, EventResponse.TENTATIVE)));
        calendar.saveListed(ALT, List.of(event(7, 1, EventResponse.DECLINED)));

        var page = calendar.search(PILOT, CalendarSearch.all());

        assertThat(page.events()).extracting(CalendarEventSummary::eventId).containsExactly(7L, 8L, 9L);
        assertThat(page.events().get(0)).isEqualTo(event(7, 1, EventResponse.TENTATIVE));
        assertThat(page.total()).isEqualTo(3);
        assertThat(calendar.event(PILOT, 7)).contains(new CalendarEvent(7, NOW.plus(Duration.ofDays(1)),
                SHOW.duration(), "event 7", SHOW.text(), 0, 1, "EVE System", EventOwnerType.EVE_SERVER,
                EventResponse.TENTATIVE));
        assertThat(calendar.event(PILOT, 8)).as("never opened").isEmpty();
        assertThat(calendar.event(ALT, 8)).isEmpty();
        assertThat(calendar.known(PILOT, Set.of(7L, 8L, 10L))).containsExactlyInAnyOrder(7L, 8L);
        assertThat(calendar.known(ALT, Set.of(7L, 8L))).containsExactly(7L);
    }

    @Test
    void theListingFiltersByDateAndAnswerAndPages() {
        calendar.saveListed(PILOT, List.of(event(1, -1, EventResponse.ACCEPTED), event(2, 1, EventResponse.ACCEPTED),
                event(3, 2, EventResponse.DECLINED), event(4, 3, EventResponse.ACCEPTED)));

        var upcoming = calendar.search(PILOT, new CalendarSearch(NOW, EventResponse.ACCEPTED, 1, 5));

        assertThat(upcoming.events()).extracting(CalendarEventSummary::eventId).containsExactly(4L);
        assertThat(upcoming.total()).isEqualTo(2);
    }

    @Test
    void onlyUpcomingEventsNoLongerListedAreRemovedWithTheirAttendees() {
        calendar.saveListed(PILOT, List.of(event(1, -1, EventResponse.ACCEPTED), event(2, 1, EventResponse.ACCEPTED),
                event(3, 2, EventResponse.ACCEPTED)));
        calendar.saveAttendees(PILOT, 3, List.of(new EventAttendee(ALT, EventResponse.ACCEPTED)));
        calendar.saveListed(ALT, List.of(event(3, 2, EventResponse.ACCEPTED)));

        calendar.removeUnlisted(PILOT, Set.of(2L), NOW);

        assertThat(calendar.search(PILOT, CalendarSearch.all()).events()).extracting(CalendarEventSummary::eventId)
                .containsExactly(1L, 2L);
        assertThat(calendar.attendees(PILOT, 3)).isEmpty();
        assertThat(calendar.search(ALT, CalendarSearch.all()).total()).isEqualTo(1);
    }

    @Test
    void attendeesAreReplacedAndAnAnswerReachesTheEventAndTheOwnAttendeeEntry() {
        calendar.saveEvent(PILOT, SHOW);
        calendar.saveAttendees(PILOT, 7, List.of(new EventAttendee(ALT, EventResponse.DECLINED)));
        calendar.saveAttendees(PILOT, 7, List.of(new EventAttendee(PILOT, EventResponse.TENTATIVE),
                new EventAttendee(ALT, EventResponse.ACCEPTED)));
        calendar.saveAttendees(PILOT, 99, List.of(new EventAttendee(ALT, EventResponse.ACCEPTED)));

        calendar.saveResponse(PILOT, 7, EventResponse.DECLINED);

        assertThat(calendar.attendees(PILOT, 7)).containsExactly(new EventAttendee(PILOT, EventResponse.DECLINED),
                new EventAttendee(ALT, EventResponse.ACCEPTED));
        assertThat(calendar.event(PILOT, 7).orElseThrow().response()).isEqualTo(EventResponse.DECLINED);
        assertThat(calendar.attendees(PILOT, 99)).as("not an event of the calendar").isEmpty();
    }

    private static CalendarEventSummary event(long id, long days, EventResponse response) {
        return new CalendarEventSummary(id, NOW.plus(Duration.ofDays(days)), "event " + id, 0L, response);
    }
}
