package org.eveseat.domain.character.model;

import org.eveseat.domain.shared.TypeId;

/** The ship a pilot flies, with the type's name from the static data (null for a type it does not know). */
public record ShipStatus(TypeId typeId, String typeName, long itemId, String name) {
}
