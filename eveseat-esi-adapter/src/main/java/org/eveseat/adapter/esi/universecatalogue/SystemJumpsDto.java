package org.eveseat.adapter.esi.universecatalogue;

/** A system's ship jumps of the last hour as ESI sends them. */
public record SystemJumpsDto(long systemId, long shipJumps) {
}
