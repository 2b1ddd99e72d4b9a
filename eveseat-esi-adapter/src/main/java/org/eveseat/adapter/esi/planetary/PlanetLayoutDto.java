package org.eveseat.adapter.esi.planetary;

import java.time.Instant;
import java.util.List;

/** A colony's layout as ESI sends it: pins, links and routes, with their optional parts left null. */
public record PlanetLayoutDto(List<PinDto> pins, List<LinkDto> links, List<RouteDto> routes) {
    public record PinDto(long pinId, long typeId, double latitude, double longitude, Long schematicId,
                         Instant installTime, Instant lastCycleStart, Instant expiryTime, List<ContentDto> contents,
                         ExtractorDetailsDto extractorDetails, FactoryDetailsDto factoryDetails) {
    }

    public record ContentDto(long typeId, long amount) {
    }

    public record ExtractorDetailsDto(Long productTypeId, Long cycleTime, Long qtyPerCycle, Double headRadius,
                                      List<HeadDto> heads) {
    }

    public record HeadDto(int headId, double latitude, double longitude) {
    }

    public record FactoryDetailsDto(long schematicId) {
    }

    public record LinkDto(long sourcePinId, long destinationPinId, int linkLevel) {
    }

    public record RouteDto(long routeId, long sourcePinId, long destinationPinId, long contentTypeId,
                           double quantity, List<Long> waypoints) {
    }
}
