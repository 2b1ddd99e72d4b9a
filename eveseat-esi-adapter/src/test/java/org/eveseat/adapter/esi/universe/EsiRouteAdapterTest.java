package org.eveseat.adapter.esi.universe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.universe.model.Route;
import org.eveseat.domain.universe.model.RoutePreference;
import org.eveseat.domain.universe.model.RouteRequest;
import org.eveseat.fake.ledger.Sde;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EsiRouteAdapterTest {
    private static final SolarSystemId JITA = new SolarSystemId(30000142L);
    private static final SolarSystemId AMARR = new SolarSystemId(30002187L);

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiRouteAdapter adapter = new EsiRouteAdapter(harness.settings(), harness.gateway());

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void theShortestRouteRunsFromOriginToDestination() {
        Route route = adapter.route(RouteRequest.shortest(JITA, AMARR));

        assertThat(route.systems().get(0)).isEqualTo(JITA);
        assertThat(route.systems().get(route.jumps())).isEqualTo(AMARR);
        assertThat(route.jumps()).isGreaterThan(5);
        assertThat(harness.esi().requestCount("/route/30000142/30002187")).isEqualTo(1);
    }

    @Test
    void extraConnectionsTravelInTheBody() {
        Route route = adapter.route(new RouteRequest(JITA, AMARR, RoutePreference.SHORTER,
                RouteRequest.DEFAULT_SECURITY_PENALTY, Set.of(), List.of(new RouteRequest.Connection(JITA, AMARR))));

        assertThat(route.systems()).containsExactly(JITA, AMARR);
    }

    @Test
    void avoidedSystemsAreLeftOut() {
        Route shortest = adapter.route(RouteRequest.shortest(JITA, AMARR));
        SolarSystemId avoided = shortest.systems().get(1);

        Route around = adapter.route(new RouteRequest(JITA, AMARR, RoutePreference.SHORTER,
                RouteRequest.DEFAULT_SECURITY_PENALTY, Set.of(avoided), List.of()));

        assertThat(around.systems()).doesNotContain(avoided).startsWith(JITA).endsWith(AMARR);
    }

    @Test
    void theSaferPreferenceStaysInHighSecWhereTheShortestRouteDoesNot() {
        SolarSystemId dodixie = new SolarSystemId(30002659L);

        Route shortest = adapter.route(RouteRequest.shortest(dodixie, JITA));
        Route safer = adapter.route(new RouteRequest(dodixie, JITA, RoutePreference.SAFER, 100, Set.of(), List.of()));

        assertThat(shortest.systems()).anySatisfy(system -> assertThat(security(system)).isLessThan(0.45));
        assertThat(safer.systems()).allSatisfy(system -> assertThat(security(system)).isGreaterThanOrEqualTo(0.45));
        assertThat(safer.jumps()).isGreaterThan(shortest.jumps());
    }

    @Test
    void anUnknownSystemIsNotFound() {
        assertThatThrownBy(() -> adapter.route(RouteRequest.shortest(JITA, new SolarSystemId(39_999_999L))))
                .isInstanceOf(NotFoundException.class);
    }

    private static double security(SolarSystemId system) {
        return Sde.get().systems().get(system.value()).security();
    }
}
