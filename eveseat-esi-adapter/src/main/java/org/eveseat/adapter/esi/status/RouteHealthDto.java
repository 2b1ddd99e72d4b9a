package org.eveseat.adapter.esi.status;

import java.util.List;

/** The health of ESI's routes as {@code GET /meta/status} sends it. */
public record RouteHealthDto(List<RouteDto> routes) {
    public record RouteDto(String method, String path, String status) {
    }
}
