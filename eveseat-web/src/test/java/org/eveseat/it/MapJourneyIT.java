package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The star map in a real browser on the real server with the fake SSO and ESI ({@code ui/e2e/map-journey.mjs}):
 * at 1440x900 and 390x844 it finds a system, plans a route with a waypoint, checks the listed jumps against the
 * route API and the overlay's pixels, and measures the first draw and the frame rate while panning and zooming,
 * written to {@code map-figures.json} beside the screenshots in {@code target/map-screenshots}.
 */
class MapJourneyIT extends DeployedWar {
    private static final long PILOT = 2112000461L;

    @Test
    void aPilotFindsASystemAndPlansARouteOnTheMap() throws Exception {
        Path screenshots = Path.of(System.getProperty("eveseat.it.screenshots")).resolveSibling("map-screenshots");
        BrowserScript.Result result = new BrowserScript(Path.of(System.getProperty("eveseat.it.uiDir")), screenshots,
                "map-journey.mjs").run(base.toString(), Map.of("login-as-pilot",
                () -> sso.loginAs(PILOT, "Map Pilot", "owner-" + PILOT, Set.of("publicData"))));

        assertThat(result.exitCode()).as(result.text()).isZero();
        assertThat(result.output()).as(result.text()).anyMatch(line -> line.startsWith("MAP desktop {"))
                .anyMatch(line -> line.startsWith("MAP phone {"));
        assertThat(Files.readString(screenshots.resolve("map-figures.json"))).contains("\"fps\"", "\"routeJumps\"");
        assertThat(screenshots.resolve("map-desktop-route.png")).exists();
        assertThat(screenshots.resolve("map-phone-route.png")).exists();
    }
}
