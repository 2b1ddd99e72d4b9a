package org.eveseat.domain.calendar.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class CalendarModelTest {
    @Test
    void onlyRealAnswersCanBeSent() {
        assertThat(new EventReply(EventResponse.ACCEPTED).response().esiValue()).isEqualTo("accepted");
        assertThat(new EventReply(EventResponse.TENTATIVE).response()).isEqualTo(EventResponse.TENTATIVE);
        assertThatThrownBy(() -> new EventReply(EventResponse.NOT_RESPONDED))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new EventReply(EventResponse.UNKNOWN)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new EventReply(null)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void attendeesWithoutAnAnswerHaveNotResponded() {
        EventAttendee attendee = new EventAttendee(new CharacterId(2112625428L), null);
        assertThat(attendee.response()).isEqualTo(EventResponse.NOT_RESPONDED);
        assertThatThrownBy(() -> new EventAttendee(null, EventResponse.ACCEPTED))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void eventsNeedTheirRequiredParts() {
        Instant date = Instant.parse("2026-09-01T20:00:00Z");
        CalendarEvent event = new CalendarEvent(42, date, Duration.ofMinutes(90), "Ops", "<b>Form up</b>", 1,
                98000001, "Corp", EventOwnerType.fromEsi("corporation"), EventResponse.fromEsi("accepted"));
        assertThat(event.ownerType()).isEqualTo(EventOwnerType.CORPORATION);
        assertThatThrownBy(() -> new CalendarEvent(42, date, null, "Ops", "", 1, 1, "Corp",
                EventOwnerType.CORPORATION, EventResponse.ACCEPTED)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new CalendarEventSummary(0, date, "Ops", 1L, EventResponse.ACCEPTED))
                .isInstanceOf(RuleViolationException.class);
    }
}
