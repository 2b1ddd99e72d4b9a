package org.eveseat.adapter.esi.planetary;

/** A planetary schematic as ESI sends it; the cycle time is in seconds. */
public record SchematicDto(String schematicName, long cycleTime) {
}
