package org.eveseat.adapter.esi.universecatalogue;

/** A system's kills of the last hour as ESI sends them. */
public record SystemKillsDto(long systemId, long shipKills, long npcKills, long podKills) {
}
