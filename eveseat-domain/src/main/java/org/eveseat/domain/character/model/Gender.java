package org.eveseat.domain.character.model;

import org.eveseat.domain.shared.EsiEnum;

/** A character's gender as its public profile shows it. UNKNOWN stands for a value ESI added later. */
public enum Gender implements EsiEnum {
    MALE, FEMALE, UNKNOWN;

    public static Gender fromEsi(String value) {
        return EsiEnum.lenient(Gender.class, value, UNKNOWN);
    }
}
