package org.eveseat.domain.universe.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.LocationRoute;
import org.eveseat.domain.universe.port.out.StarMap;
import org.junit.jupiter.api.Test;

class LocationRouteServiceTest {
    private static final SolarSystemId A = new SolarSystemId(1), B = new SolarSystemId(2), C = new SolarSystemId(3),
            D = new SolarSystemId(4), ISLAND = new SolarSystemId(9);
    /** A ring A-B-C-D-A with a shortcut A-C, and a system without gates. */
    private static final Map<SolarSystemId, Set<SolarSystemId>> GATES = Map.of(A, Set.of(B, C, D), B, Set.of(A, C),
            C, Set.of(A, B, D), D, Set.of(A, C));
    private static final Map<Long, SolarSystemId> STATIONS = Map.of(60000001L, A, 60000002L, B, 60000003L, C,
            60000004L, D, 60000009L, ISLAND);

    private final LocationRouteService routes = new LocationRouteService(new StarMap() {
        @Override
        public Optional<SolarSystemId> stationSystem(long locationId) {
            return Optional.ofNullable(STATIONS.get(locationId));
        }

        @Override
        public Set<SolarSystemId> neighbours(SolarSystemId system) {
            return GATES.getOrDefault(system, Set.of());
        }
    });

    @Test
    void countsTheFewestJumps() {
        assertThat(routes.route(60000002L, 60000004L)).isEqualTo(new LocationRoute(B, D, 2));
        assertThat(routes.route(60000001L, 60000003L).jumps()).isEqualTo(1);
        assertThat(routes.route(60000003L, 60000003L).jumps()).isZero();
    }

    @Test
    void anUnknownEndOrNoRouteLeavesTheJumpsOpen() {
        assertThat(routes.route(60000001L, 1_035_466_617_946L)).isEqualTo(new LocationRoute(A, null, null));
        assertThat(routes.route(null, 60000001L)).isEqualTo(new LocationRoute(null, A, null));
        assertThat(routes.route(60000001L, 60000009L)).isEqualTo(new LocationRoute(A, ISLAND, null));
    }
}
