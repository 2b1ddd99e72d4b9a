package org.eveseat.adapter.esi.universe;

import java.util.List;

/** The body of POST /route ({@code RouteRequestBody} of the 2026-08-04 spec). */
public record RouteRequestDto(String preference, int securityPenalty, List<Long> avoidSystems,
                              List<ConnectionDto> connections) {
    public record ConnectionDto(long from, long to) {
    }
}
