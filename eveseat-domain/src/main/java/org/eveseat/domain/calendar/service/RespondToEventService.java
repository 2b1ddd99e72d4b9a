package org.eveseat.domain.calendar.service;

import org.eveseat.domain.calendar.model.EventReply;
import org.eveseat.domain.calendar.port.in.RespondToEventUseCase;
import org.eveseat.domain.calendar.port.out.CalendarEsi;
import org.eveseat.domain.calendar.port.out.CalendarRepository;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** Answers in EVE first; the stored answer changes only once ESI accepted it. */
public class RespondToEventService implements RespondToEventUseCase {
    private final CharacterVisibilityQuery visibility;
    private final AccessTokenQuery accessTokens;
    private final CalendarEsi esi;
    private final CalendarRepository calendar;

    public RespondToEventService(CharacterVisibilityQuery visibility, AccessTokenQuery accessTokens, CalendarEsi esi,
                                 CalendarRepository calendar) {
        this.visibility = visibility;
        this.accessTokens = accessTokens;
        this.esi = esi;
        this.calendar = calendar;
    }

    @Override
    public void respond(Viewer viewer, CharacterId characterId, long eventId, EventReply reply) {
        visibility.requireVisible(viewer, characterId);
        esi.respond(characterId, eventId, reply, accessTokens.accessTokenFor(characterId));
        calendar.saveResponse(characterId, eventId, reply.response());
    }
}
