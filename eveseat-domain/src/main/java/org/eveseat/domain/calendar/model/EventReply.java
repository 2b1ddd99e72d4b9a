package org.eveseat.domain.calendar.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;

/** A character's answer to an event invitation: accepted, declined or tentative. */
public record EventReply(EventResponse response) {
    public EventReply {
        Require.present(response, "event response");
        if (!response.isReply()) {
            throw new RuleViolationException("an event can be accepted, declined or answered tentatively, not "
                    + response);
        }
    }
}
