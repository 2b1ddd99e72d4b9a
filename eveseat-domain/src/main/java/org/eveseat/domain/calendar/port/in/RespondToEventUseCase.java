package org.eveseat.domain.calendar.port.in;

import org.eveseat.domain.calendar.model.EventReply;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** Accepts, declines or tentatively accepts an event in EVE (through ESI), then records the answer here. */
public interface RespondToEventUseCase {
    void respond(Viewer viewer, CharacterId characterId, long eventId, EventReply reply);
}
