package org.eveseat.adapter.esi.intel;

/** The fields of an item of {@code GET /universe/factions} the domain keeps. */
public record FactionDto(long factionId, String name) {}
