package org.eveseat.adapter.esi.universe;

/** One answer of POST /universe/names. */
public record ResolvedNameDto(long id, String name, String category) {
}
