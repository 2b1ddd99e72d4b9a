package org.eveseat.fake;

import org.eveseat.fake.ledger.Sde;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FakeEsiRouteTest extends FakeEsiTestSupport {

    static final long JITA = 30000142L;
    static final long AMARR = 30002187L;
    static final long AHBAZON = 30005196L;

    @Test
    void theShortestRouteFromJitaToAmarrTakesElevenJumps() {
        List<Long> route = route(JITA, AMARR, "{\"preference\":\"Shorter\"}");

        assertThat(route).hasSize(12).startsWith(JITA).endsWith(AMARR).doesNotHaveDuplicates();
        assertThat(route).contains(AHBAZON);
        assertThat(route(JITA, AMARR, null)).as("settings may be left out").isEqualTo(route);
        assertConnected(route);
    }

    @Test
    void saferRoutesStayInHighSec() {
        List<Long> route = route(JITA, AMARR, "{\"preference\":\"Safer\",\"security_penalty\":50}");

        assertThat(route.size() - 1).isEqualTo(45);
        assertThat(route).allSatisfy(system -> assertThat(Sde.get().systems().get(system).security())
                .isGreaterThanOrEqualTo(0.45));
        assertConnected(route);
    }

    @Test
    void avoidedSystemsAndExtraConnectionsChangeTheRoute() {
        List<Long> avoiding = route(JITA, AMARR, "{\"avoid_systems\":[" + AHBAZON + "]}");
        List<Long> bridged = route(JITA, AMARR, "{\"connections\":[{\"from\":" + JITA + ",\"to\":" + AMARR + "}]}");

        assertThat(avoiding).doesNotContain(AHBAZON).hasSizeGreaterThan(12);
        assertThat(bridged).containsExactly(JITA, AMARR);
        assertThat(route(JITA, JITA, "{}")).containsExactly(JITA);
    }

    @Test
    void badRouteRequestsAreRefused() {
        assertThat(post(JITA, 123, "{}").statusCode()).isEqualTo(404);
        assertThat(post(JITA, AMARR, "{\"preference\":\"Fastest\"}").statusCode()).isEqualTo(400);
        assertThat(post(JITA, AMARR, "{\"security_penalty\":101}").statusCode()).isEqualTo(400);
        assertThat(post(JITA, 31000005L, "{}").statusCode()).as("wormhole space has no gates").isEqualTo(404);
        assertThat(header(post(JITA, AMARR, "{}"), "X-Ratelimit-Group")).isEqualTo("routes");
    }

    private List<Long> route(long from, long to, String body) {
        HttpResponse<String> response = post(from, to, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).isEmpty();
        @SuppressWarnings("unchecked")
        List<Long> route = (List<Long>) object(response).get("route");
        return route;
    }

    private HttpResponse<String> post(long from, long to, String body) {
        return client.send("POST", "/route/" + from + "/" + to, null, body);
    }

    private static void assertConnected(List<Long> route) {
        for (int i = 1; i < route.size(); i++) {
            long a = Math.min(route.get(i - 1), route.get(i));
            long b = Math.max(route.get(i - 1), route.get(i));
            assertThat(Sde.get().gates()).as(a + " - " + b).anyMatch(gate -> gate[0] == a && gate[1] == b);
        }
    }
}
