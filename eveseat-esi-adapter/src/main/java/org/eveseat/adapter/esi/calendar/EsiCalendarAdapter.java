package org.eveseat.adapter.esi.calendar;

import java.util.List;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RestClients;
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
    static final String GROUP = "char-social";

    private EsiCalendarClient client;
    private EsiGateway esi;

    protected EsiCalendarAdapter() {
    }

    @Inject
    public EsiCalendarAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiCalendarClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public EsiResult<List<CalendarEventSummary>> events(CharacterId characterId, OptionalLong fromEventId,
                                                        AccessToken token) {
        Long from = fromEventId.isPresent() ? fromEventId.getAsLong() : null;
        var op = operation(characterId, "/calendar" + (from == null ? "" : "?from_event=" + from));
        return esi.read(op, etag -> client.events(characterId.value(), from, EsiJson.bearer(token), etag),
                EsiJson.one(CalendarEventSummaryDto[].class, CalendarMapper::summaries));
    }

    @Override
    public EsiResult<CalendarEvent> event(CharacterId characterId, long eventId, AccessToken token) {
        return esi.read(operation(characterId, "/calendar/" + eventId),
                etag -> client.event(characterId.value(), eventId, EsiJson.bearer(token), etag),
                EsiJson.one(CalendarEventDto.class, CalendarMapper::event));
    }

    @Override
    public void respond(CharacterId characterId, long eventId, EventReply reply, AccessToken token) {
        String body = EsiJson.write(CalendarMapper.reply(reply));
        esi.call(operation(characterId, "/calendar/" + eventId), true,
                () -> client.respond(characterId.value(), eventId, EsiJson.bearer(token), body), answer -> null);
    }

    @Override
    public EsiResult<List<EventAttendee>> attendees(CharacterId characterId, long eventId, AccessToken token) {
        return esi.read(operation(characterId, "/calendar/" + eventId + "/attendees"),
                etag -> client.attendees(characterId.value(), eventId, EsiJson.bearer(token), etag),
                EsiJson.one(EventAttendeeDto[].class, CalendarMapper::attendees));
    }

    private static EsiOperation operation(CharacterId characterId, String path) {
        return EsiOperation.authed("/characters/" + characterId + path, GROUP, characterId);
    }
}
