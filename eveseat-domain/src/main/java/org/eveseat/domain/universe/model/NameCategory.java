package org.eveseat.domain.universe.model;

import org.eveseat.domain.shared.EsiEnum;

/** What kind of thing an id resolved to. UNKNOWN stands for a category ESI added later. */
public enum NameCategory implements EsiEnum {
    ALLIANCE, CHARACTER, CONSTELLATION, CORPORATION, INVENTORY_TYPE, REGION, SOLAR_SYSTEM, STATION, FACTION,
    UNKNOWN;

    public static NameCategory fromEsi(String value) {
        return EsiEnum.lenient(NameCategory.class, value, UNKNOWN);
    }
}
