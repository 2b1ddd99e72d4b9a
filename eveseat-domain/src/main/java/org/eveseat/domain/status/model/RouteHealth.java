package org.eveseat.domain.status.model;

import org.eveseat.domain.shared.Require;

/**
 * The health of one ESI route, such as {@code GET /characters/{character_id}/wallet}: syncs of a route that is
 * down can wait instead of spending the error limit.
 */
public record RouteHealth(String method, String path, RouteStatus status) {
    public RouteHealth {
        Require.text(method, 10, "method");
        Require.text(path, 300, "path");
        Require.present(status, "route status");
    }

    public boolean usable() {
        return status == RouteStatus.OK || status == RouteStatus.RECOVERING;
    }
}
