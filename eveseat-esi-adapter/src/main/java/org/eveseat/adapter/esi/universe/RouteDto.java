package org.eveseat.adapter.esi.universe;

import java.util.List;

/** The answer of POST /route: the systems from origin to destination. */
public record RouteDto(List<Long> route) {
}
