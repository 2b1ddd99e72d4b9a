package org.eveseat.adapter.esi.universe;

/** A stargate as ESI sends it. */
public record StargateDto(long stargateId, String name, long typeId, long systemId, PositionDto position,
                          DestinationDto destination) {
    public record DestinationDto(long stargateId, long systemId) {
    }
}
