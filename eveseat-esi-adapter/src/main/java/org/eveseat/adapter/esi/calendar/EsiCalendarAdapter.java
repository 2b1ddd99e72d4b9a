package org.eveseat.adapter.esi.calendar;

import java.util.List;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.dto.CharactersCharacterIdCalendarEventIdAttendees;
import org.eveseat.adapter.esi.common.dto.CharactersCharacterIdCalendar;
import org.eveseat.adapter.esi.common.dto.CharactersCharacterIdCalendarEventId;
import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.calendar.model.CalendarEvent;
import org.eveseat.domain.calendar.model.CalendarEventSummary;
import org.eveseat.domain.calendar.model.EventAttendee;
import org.eveseat.domain.calendar.model.EventReply;
import org.eveseat.domain.calendar.port.out.CalendarEsi;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;

/**
 * A character's EVE calendar over ESI's calendar routes ({@code char-social} group). The event list is read 50
 * events per cursor position ({@code from_event}), each position cached on its own; answering an invitation is
 * a PUT, so it may be retried.
 */
@ApplicationScoped
public class EsiCalendarAdapter implements CalendarEsi {
    private EsiTable esi;

    protected EsiCalendarAdapter() {
    }

    @Inject
    public EsiCalendarAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<CalendarEventSummary>> events(CharacterId characterId, OptionalLong fromEventId,
                                                        AccessToken token) {
        Long from = fromEventId.isPresent() ? fromEventId.getAsLong() : null;
        return esi.read(calendar("", characterId, token).with("from_event", from),
                EsiJson.one(CharactersCharacterIdCalendar[].class, CalendarMapper::summaries));
    }

    @Override
    public EsiResult<CalendarEvent> event(CharacterId characterId, long eventId, AccessToken token) {
        return esi.read(calendar("/{event_id}", characterId, token).with("event_id", eventId),
                EsiJson.one(CharactersCharacterIdCalendarEventId.class, CalendarMapper::event));
    }

    @Override
    public void respond(CharacterId characterId, long eventId, EventReply reply, AccessToken token) {
        esi.call(EsiRequest.of("PUT /characters/{character_id}/calendar/{event_id}").with("character_id", characterId)
                .with("event_id", eventId).token(token).body(CalendarMapper.reply(reply)), answer -> null);
    }

    @Override
    public EsiResult<List<EventAttendee>> attendees(CharacterId characterId, long eventId, AccessToken token) {
        return esi.read(calendar("/{event_id}/attendees", characterId, token).with("event_id", eventId),
                EsiJson.one(CharactersCharacterIdCalendarEventIdAttendees[].class, CalendarMapper::attendees));
    }

    private static EsiRequest calendar(String part, CharacterId characterId, AccessToken token) {
        return EsiRequest.of("GET /characters/{character_id}/calendar" + part).with("character_id", characterId)
                .token(token);
    }
}
