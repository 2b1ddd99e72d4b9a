package org.eveseat.domain.universe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SolarSystemId;
import org.junit.jupiter.api.Test;

class UniverseModelTest {
    private static final SolarSystemId JITA = new SolarSystemId(30000142);
    private static final SolarSystemId AMARR = new SolarSystemId(30002187);

    @Test
    void routesDefaultToTheShortestWithEsisPenalty() {
        RouteRequest request = RouteRequest.shortest(JITA, AMARR);
        assertThat(request.preference().esiValue()).isEqualTo("Shorter");
        assertThat(request.securityPenalty()).isEqualTo(50);
        assertThat(new RouteRequest(JITA, AMARR, null, 0, null, null).preference())
                .isEqualTo(RoutePreference.SHORTER);
        assertThat(RoutePreference.fromEsi("LessSecure")).isEqualTo(RoutePreference.LESS_SECURE);
    }

    @Test
    void routeRequestsStayWithinEsiLimits() {
        assertThatThrownBy(() -> new RouteRequest(JITA, AMARR, RoutePreference.SAFER, 101, Set.of(), List.of()))
                .isInstanceOf(RuleViolationException.class);
        Set<SolarSystemId> avoid = LongStream.rangeClosed(30_000_001, 30_001_001).mapToObj(SolarSystemId::new)
                .collect(Collectors.toSet());
        assertThatThrownBy(() -> new RouteRequest(JITA, AMARR, RoutePreference.SAFER, 50, avoid, List.of()))
                .hasMessageContaining("avoided systems");
        List<RouteRequest.Connection> bridges = Collections.nCopies(1001, new RouteRequest.Connection(JITA, AMARR));
        assertThatThrownBy(() -> new RouteRequest(JITA, AMARR, RoutePreference.SAFER, 50, Set.of(), bridges))
                .hasMessageContaining("connections");
        assertThatThrownBy(() -> new RouteRequest(null, AMARR, null, 50, null, null))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aRouteCountsItsJumps() {
        assertThat(new Route(List.of(JITA, new SolarSystemId(30000144), AMARR)).jumps()).isEqualTo(2);
        assertThat(new Route(List.of(JITA)).jumps()).isZero();
        assertThatThrownBy(() -> new Route(List.of())).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void systemsKeepTheirSecurityBetweenMinusOneAndOne() {
        Position origin = new Position(0, 0, 0);
        SolarSystem jita = new SolarSystem(JITA, "Jita", new ConstellationId(20000020), 0.9459, "B", null, origin,
                null, null, null);
        assertThat(jita.planets()).isEmpty();
        assertThatThrownBy(() -> new SolarSystem(JITA, "Jita", new ConstellationId(20000020), 1.5, null, null,
                origin, null, null, null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Stargate(50001248, "Stargate (Perimeter)", null, JITA, origin, 50001249,
                new SolarSystemId(30000144))).isInstanceOf(RuleViolationException.class);
        assertThat(new ResolvedName(30000142, "Jita", NameCategory.fromEsi("solar_system")).category())
                .isEqualTo(NameCategory.SOLAR_SYSTEM);
    }
}
