package org.eveseat.domain.contact.model;

import org.eveseat.domain.shared.EsiEnum;

/** What kind of entity a contact is. UNKNOWN stands for a kind ESI added later. */
public enum ContactType implements EsiEnum {
    CHARACTER, CORPORATION, ALLIANCE, FACTION, UNKNOWN;

    public static ContactType fromEsi(String value) {
        return EsiEnum.lenient(ContactType.class, value, UNKNOWN);
    }
}
