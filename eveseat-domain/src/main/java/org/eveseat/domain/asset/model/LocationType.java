package org.eveseat.domain.asset.model;

import org.eveseat.domain.shared.EsiEnum;

/** What an asset's location id points at. UNKNOWN stands for a kind ESI added later. */
public enum LocationType implements EsiEnum {
    STATION, SOLAR_SYSTEM, ITEM, OTHER, UNKNOWN;

    public static LocationType fromEsi(String value) {
        return EsiEnum.lenient(LocationType.class, value, UNKNOWN);
    }
}
