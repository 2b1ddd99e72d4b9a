package org.eveseat.adapter.esi.blueprint;

/** A blueprint as ESI sends it, characters' and corporations' alike. */
public record BlueprintDto(long itemId, long typeId, long locationId, String locationFlag, int quantity, int runs,
                           int materialEfficiency, int timeEfficiency) {
}
