package org.eveseat.domain.calendar.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.eveseat.domain.calendar.model.CalendarEvent;
import org.eveseat.domain.calendar.model.CalendarEventSummary;
import org.eveseat.domain.calendar.model.CalendarSearch;
import org.eveseat.domain.calendar.model.EventAttendee;
import org.eveseat.domain.calendar.model.EventOwnerType;
import org.eveseat.domain.calendar.model.EventReply;
import org.eveseat.domain.calendar.model.EventResponse;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.testing.InMemoryCalendar;
import org.eveseat.domain.testing.RecordedEvents;
import org.eveseat.domain.testing.ScriptedCalendarEsi;
import org.junit.jupiter.api.Test;

class CalendarServicesTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final CharacterId PILOT = new CharacterId(2112625428L);
    private static final Viewer OWNER = new Viewer(new AccountId(1), false);
    private static final Viewer STRANGER = new Viewer(new AccountId(2), false);
    private static final CalendarEvent SHOW = new CalendarEvent(7, NOW.plus(Duration.ofDays(1)), Duration.ofHours(1),
            "o7 show", "News", 1, 1, "EVE System", EventOwnerType.EVE_SERVER, EventResponse.ACCEPTED);

    private final ScriptedCalendarEsi esi = new ScriptedCalendarEsi();
    private final InMemoryCalendar stored = new InMemoryCalendar();
    private final AccessTokenQuery tokens = character -> new AccessToken("token", NOW.plusSeconds(1000));
    private final CharacterVisibilityQuery visibility = (viewer, id) -> viewer.equals(OWNER) && id.equals(PILOT);
    private final RecordedEvents events = new RecordedEvents();
    private final SyncCalendarService sync = new SyncCalendarService(tokens, esi, stored, events,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aSyncWalksAllBatchesAndDropsOnlyUpcomingEventsEveNoLongerLists() {
        stored.saveListed(PILOT, List.of(event(1, -2), event(999, 3)));
        LongStream.rangeClosed(2, 60).forEach(id -> esi.listed.add(event(id, id)));

        var outcome = sync.sync(PILOT);

        assertThat(outcome.status()).isEqualTo(Status.UPDATED);
        assertThat(outcome.nextDue()).isEqualTo(ScriptedCalendarEsi.EXPIRES);
        assertThat(esi.calls).containsExactly("events from 0", "events from 51");
        assertThat(stored.listed).as("the past event stays, the cancelled one goes").hasSize(60)
                .containsKey(1L).doesNotContainKey(999L);
        assertThat(new ListCalendarService(visibility, stored).list(OWNER, PILOT,
                new CalendarSearch(NOW, null, 0, 2)).events()).extracting(CalendarEventSummary::eventId)
                .containsExactly(2L, 3L);
        assertThat(events.ofType("calendar.invite")).hasSize(2).allSatisfy(e ->
                assertThat(e.topic()).isEqualTo("character." + PILOT.value() + ".calendar"));
        List<Object> invited = events.all().stream().flatMap(e -> ((List<?>) e.payload().get("events")).stream())
                .map(e -> ((Map<?, ?>) e).get("eventId")).map(Object.class::cast).toList();
        assertThat(invited).as("unanswered events not stored before").hasSize(59).doesNotContain(1L, 999L);
    }

    @Test
    void answeredOrKnownEventsAreNoInvites() {
        stored.saveListed(PILOT, List.of(event(5, 1)));
        esi.listed.add(event(5, 1));
        esi.listed.add(new CalendarEventSummary(6, NOW.plus(Duration.ofDays(2)), "fleet", 0L, EventResponse.ACCEPTED));

        sync.sync(PILOT);

        assertThat(events.all()).isEmpty();
    }

    @Test
    void aWalkCutShortOrAFailedSyncDropsNothing() {
        stored.saveListed(PILOT, List.of(event(999, 3)));
        LongStream.rangeClosed(2, 60).forEach(id -> esi.listed.add(event(id, id)));
        esi.next.addAll(List.of("fresh", new UpstreamUnavailableException("ESI timed out")));

        assertThat(sync.sync(PILOT).status()).isEqualTo(Status.FAILED);
        assertThat(stored.listed).hasSize(51).containsKey(999L);

        esi.next.add(new EsiResult.NotDue<>(ScriptedCalendarEsi.EXPIRES));
        assertThat(sync.sync(PILOT).status()).isEqualTo(Status.NOT_DUE);
    }

    @Test
    void detailsAndAttendeesAreReadFromEsiAndServedFromStorageWhenEsiFails() {
        esi.details.put(7L, SHOW);
        esi.attendees.put(7L, List.of(new EventAttendee(PILOT, EventResponse.ACCEPTED)));
        var read = new ReadCalendarEventService(visibility, tokens, esi, stored);
        var attendees = new ListEventAttendeesService(visibility, tokens, esi, stored);

        assertThat(read.read(OWNER, PILOT, 7)).isEqualTo(SHOW);
        assertThat(attendees.attendees(OWNER, PILOT, 7)).isEqualTo(esi.attendees.get(7L));
        esi.next.addAll(List.of(new UpstreamUnavailableException("down"), new EsiResult.Unchanged<>(NOW)));

        assertThat(read.read(OWNER, PILOT, 7)).isEqualTo(SHOW);
        assertThat(attendees.attendees(OWNER, PILOT, 7)).isEqualTo(esi.attendees.get(7L));
        esi.next.add(new UpstreamUnavailableException("down"));
        assertThatThrownBy(() -> read.read(OWNER, PILOT, 8)).isInstanceOf(UpstreamUnavailableException.class);
        assertThatThrownBy(() -> read.read(OWNER, PILOT, 9)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAnswerGoesToEsiThenToTheStoredEventAndStrangersAreNotLetIn() {
        stored.saveListed(PILOT, List.of(event(7, 1)));
        var respond = new RespondToEventService(visibility, tokens, esi, stored);

        respond.respond(OWNER, PILOT, 7, new EventReply(EventResponse.DECLINED));

        assertThat(esi.replies.get(7L)).isEqualTo(new EventReply(EventResponse.DECLINED));
        assertThat(stored.listed.get(7L).response()).isEqualTo(EventResponse.DECLINED);
        assertThatThrownBy(() -> respond.respond(STRANGER, PILOT, 7, new EventReply(EventResponse.ACCEPTED)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> new ListCalendarService(visibility, stored).list(STRANGER, PILOT,
                CalendarSearch.all())).isInstanceOf(NotFoundException.class);
        assertThat(esi.calls).containsExactly("respond 7");
    }

    private static CalendarEventSummary event(long id, long days) {
        return new CalendarEventSummary(id, NOW.plus(Duration.ofDays(days)), "event " + id, 0L,
                EventResponse.NOT_RESPONDED);
    }
}
