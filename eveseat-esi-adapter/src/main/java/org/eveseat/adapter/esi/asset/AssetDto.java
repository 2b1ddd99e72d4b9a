package org.eveseat.adapter.esi.asset;

/** An asset as ESI sends it, for characters and corporations alike. */
public record AssetDto(long itemId, long typeId, long quantity, long locationId, String locationType,
                       String locationFlag, boolean isSingleton, Boolean isBlueprintCopy) {
}
