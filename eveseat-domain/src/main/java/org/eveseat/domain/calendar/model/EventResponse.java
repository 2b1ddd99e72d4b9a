package org.eveseat.domain.calendar.model;

import org.eveseat.domain.shared.EsiEnum;

/** A character's answer to a calendar event. UNKNOWN stands for an answer ESI added later. */
public enum EventResponse implements EsiEnum {
    ACCEPTED, DECLINED, TENTATIVE, NOT_RESPONDED, UNKNOWN;

    public static EventResponse fromEsi(String value) {
        return EsiEnum.lenient(EventResponse.class, value, UNKNOWN);
    }

    /** Whether a character can give this answer (ESI takes accepted, declined and tentative). */
    public boolean isReply() {
        return this == ACCEPTED || this == DECLINED || this == TENTATIVE;
    }
}
