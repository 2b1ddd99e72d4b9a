package org.eveseat.domain.universe.model;

import java.util.List;
import java.util.Set;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.SolarSystemId;

/**
 * A route to plan, within ESI's limits: a preference, how strictly to follow it ({@code securityPenalty} 0-100,
 * ESI's default 50), up to 1000 systems to avoid and up to 1000 extra one-way connections such as jump bridges.
 */
public record RouteRequest(SolarSystemId origin, SolarSystemId destination, RoutePreference preference,
                           int securityPenalty, Set<SolarSystemId> avoidSystems, List<Connection> connections) {
    public static final int DEFAULT_SECURITY_PENALTY = 50;

    public RouteRequest {
        Require.present(origin, "origin");
        Require.present(destination, "destination");
        preference = preference == null ? RoutePreference.SHORTER : preference;
        Require.between(securityPenalty, 0, 100, "security penalty");
        avoidSystems = Require.set(avoidSystems, 0, 1000, "avoided systems");
        connections = Require.list(connections, 0, 1000, "connections");
    }

    public static RouteRequest shortest(SolarSystemId origin, SolarSystemId destination) {
        return new RouteRequest(origin, destination, RoutePreference.SHORTER, DEFAULT_SECURITY_PENALTY, Set.of(),
                List.of());
    }

    public record Connection(SolarSystemId from, SolarSystemId to) {
        public Connection {
            Require.present(from, "connection start");
            Require.present(to, "connection end");
        }
    }
}
