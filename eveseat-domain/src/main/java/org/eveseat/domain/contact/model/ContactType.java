package org.eveseat.domain.contact.model;

import org.eveseat.domain.shared.EsiEnum;

/** What kind of entity a contact is. UNKNOWN stands for a kind ESI added later. */
public enum ContactType implements EsiEnum {
    CHARACTER, CORPORATION, ALLIANCE, FACTION, UNKNOWN;

    public static ContactType fromEsi(String value) {
        return EsiEnum.lenient(ContactType.class, value, UNKNOWN);
    }

    /** The kind EVE gives an id, by its documented id ranges; what ESI answers after an add without saying. */
    public static ContactType ofId(long id) {
        if (id >= 500_000 && id < 1_000_000) {
            return FACTION;
        }
        if (id >= 1_000_000 && id < 2_000_000 || id >= 98_000_000 && id < 99_000_000) {
            return CORPORATION;
        }
        if (id >= 99_000_000 && id < 100_000_000) {
            return ALLIANCE;
        }
        return CHARACTER;
    }
}
