package org.eveseat.domain.calendar.model;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Require;

/** A character invited to an event and how it answered. */
public record EventAttendee(CharacterId characterId, EventResponse response) {
    public EventAttendee {
        Require.present(characterId, "attendee");
        response = response == null ? EventResponse.NOT_RESPONDED : response;
    }
}
