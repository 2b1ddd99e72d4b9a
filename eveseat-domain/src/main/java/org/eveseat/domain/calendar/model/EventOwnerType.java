package org.eveseat.domain.calendar.model;

import org.eveseat.domain.shared.EsiEnum;

/** Who created a calendar event. UNKNOWN stands for a kind ESI added later. */
public enum EventOwnerType implements EsiEnum {
    EVE_SERVER, CORPORATION, FACTION, CHARACTER, ALLIANCE, UNKNOWN;

    public static EventOwnerType fromEsi(String value) {
        return EsiEnum.lenient(EventOwnerType.class, value, UNKNOWN);
    }
}
