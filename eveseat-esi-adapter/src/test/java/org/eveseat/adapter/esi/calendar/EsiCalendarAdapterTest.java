package org.eveseat.adapter.esi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.LongStream;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.calendar.model.CalendarEvent;
import org.eveseat.domain.calendar.model.CalendarEventSummary;
import org.eveseat.domain.calendar.model.EventAttendee;
import org.eveseat.domain.calendar.model.EventOwnerType;
import org.eveseat.domain.calendar.model.EventReply;
import org.eveseat.domain.calendar.model.EventResponse;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.fake.ledger.CalendarEvent.Attendee;
import org.eveseat.fake.ledger.RecordList;
import org.eveseat.fake.routes.Scopes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EsiCalendarAdapterTest {
    private static final long PILOT = 2112625428L;
    private static final long FRIEND = 95465499L;
    private static final CharacterId ME = new CharacterId(PILOT);
    private static final Instant START = Instant.parse("2026-12-01T19:00:00Z");

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiCalendarAdapter adapter = new EsiCalendarAdapter(harness.settings(), harness.gateway());
    private final RecordList<org.eveseat.fake.ledger.CalendarEvent> calendar =
            harness.esi().ledger().character(PILOT).calendar().set(
                    event(7001, "Fleet op", List.of(new Attendee(PILOT, "accepted"), new Attendee(FRIEND, "tentative"))),
                    event(7002, "Mining op", List.of(new Attendee(FRIEND, "declined"))));

    @AfterEach
    void stop() {
        harness.close();
    }

    private AccessToken token(String... scopes) {
        return harness.token(PILOT, Set.of(scopes));
    }

    private static org.eveseat.fake.ledger.CalendarEvent event(long id, String title, List<Attendee> attendees) {
        return new org.eveseat.fake.ledger.CalendarEvent(id, START.plus(Duration.ofDays(id - 7000)), 90, 1,
                98000001L, "Corporation 98000001", "corporation", title, "Text of " + title, attendees);
    }

    @Test
    void upcomingEventsCarryTheCharactersOwnResponse() {
        var result = adapter.events(ME, OptionalLong.empty(), token(Scopes.READ_CALENDAR));

        assertThat(result).isEqualTo(new EsiResult.Fresh<>(List.of(
                new CalendarEventSummary(7001, START.plus(Duration.ofDays(1)), "Fleet op", 1L, EventResponse.ACCEPTED),
                new CalendarEventSummary(7002, START.plus(Duration.ofDays(2)), "Mining op", 1L,
                        EventResponse.NOT_RESPONDED)), result.expires()));
    }

    @Test
    void theCalendarIsPagedOnWithFromEvent() {
        calendar.set(LongStream.rangeClosed(7001, 7060).mapToObj(id -> event(id, "Op " + id, List.of())).toList());
        AccessToken token = token(Scopes.READ_CALENDAR);

        var first = adapter.events(ME, OptionalLong.empty(), token);
        var next = adapter.events(ME, OptionalLong.of(7050), token);

        assertThat(((EsiResult.Fresh<List<CalendarEventSummary>>) first).value()).hasSize(50)
                .extracting(CalendarEventSummary::eventId).startsWith(7001L).endsWith(7050L);
        assertThat(((EsiResult.Fresh<List<CalendarEventSummary>>) next).value())
                .extracting(CalendarEventSummary::eventId).containsExactly(LongStream.rangeClosed(7051, 7060).boxed()
                        .toArray(Long[]::new));
    }

    @Test
    void anEventsDetailsReadEsisCapitalisedResponse() {
        AccessToken token = token(Scopes.READ_CALENDAR);

        var accepted = adapter.event(ME, 7001, token);
        var undecided = adapter.event(ME, 7002, token);

        assertThat(accepted).isEqualTo(new EsiResult.Fresh<>(new CalendarEvent(7001, START.plus(Duration.ofDays(1)),
                Duration.ofMinutes(90), "Fleet op", "Text of Fleet op", 1, 98000001L, "Corporation 98000001",
                EventOwnerType.CORPORATION, EventResponse.ACCEPTED), accepted.expires()));
        assertThat(undecided).isInstanceOfSatisfying(EsiResult.Fresh.class, fresh ->
                assertThat(((CalendarEvent) fresh.value()).response()).isEqualTo(EventResponse.NOT_RESPONDED));
    }

    @Test
    void attendeesAreReadAndThenNotDue() {
        AccessToken token = token(Scopes.READ_CALENDAR);

        var first = adapter.attendees(ME, 7001, token);
        var second = adapter.attendees(ME, 7001, token);

        assertThat(first).isEqualTo(new EsiResult.Fresh<>(List.of(
                new EventAttendee(ME, EventResponse.ACCEPTED),
                new EventAttendee(new CharacterId(FRIEND), EventResponse.TENTATIVE)), first.expires()));
        assertThat(second).isEqualTo(new EsiResult.NotDue<>(first.expires()));
    }

    @Test
    void aReplyIsRecordedAsTheCharactersResponse() {
        adapter.respond(ME, 7002, new EventReply(EventResponse.TENTATIVE), token(Scopes.RESPOND_CALENDAR));

        assertThat(calendar.find(event -> event.eventId() == 7002)).get()
                .satisfies(event -> assertThat(event.responseOf(PILOT)).isEqualTo("tentative"));
    }

    @Test
    void replyingWithTheReadScopeOnlyIsNotPermitted() {
        assertThatThrownBy(() -> adapter.respond(ME, 7002, new EventReply(EventResponse.DECLINED),
                token(Scopes.READ_CALENDAR))).isInstanceOf(NotPermittedException.class);
        assertThat(calendar.find(event -> event.eventId() == 7002)).get()
                .satisfies(event -> assertThat(event.responseOf(PILOT)).isEqualTo("not_responded"));
    }
}
