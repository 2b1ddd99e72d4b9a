package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.eveseat.fake.FakeEveSso;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The star map in a real browser on the real server with the fake SSO and ESI ({@code ui/e2e/map-journey.mjs}):
 * at 1440x900 and 390x844 it finds a system, plans a route with a waypoint, checks the listed jumps against the
 * route API and the overlay's pixels, finds the pilot's own character (granted the location scope) marked on the
 * map and named in its system's details, and measures the first draw and the frame rate while panning and zooming,
 * written to {@code map-figures.json} beside the screenshots in {@code target/map-screenshots}. Deployed at the
 * server root, as the launcher deploys it: the app's pages, assets and API calls are root paths.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MapJourneyIT {
    private static final long MAIN = 2112625428L;
    private static final long PILOT = 2112000461L;

    @ArquillianResource
    private URL base;

    private final FakeEveSso sso = IntegrationEnvironment.sso();

    @Deployment
    static WebArchive application() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("eveseat.it.war"))).as(WebArchive.class);
    }

    @Test
    void aPilotFindsASystemAndPlansARouteOnTheMap() throws Exception {
        // MAIN is the configured admin
        sso.loginAs(MAIN, "Main Pilot", "owner-main", Set.of("publicData"));
        assertThat(new Browser(URI.create(base.toString())).logIn().statusCode()).isEqualTo(303);
        Path screenshots = Path.of(System.getProperty("eveseat.it.screenshots")).resolveSibling("map-screenshots");

        BrowserScript.Result result = new BrowserScript(Path.of(System.getProperty("eveseat.it.uiDir")), screenshots,
                "map-journey.mjs").run(base.toString(), Map.of("login-as-pilot",
                () -> sso.loginAs(PILOT, "Map Pilot", "owner-" + PILOT,
                        Set.of("publicData", "esi-location.read_location.v1"))));

        assertThat(result.exitCode()).as(result.text()).isZero();
        assertThat(result.output()).as(result.text()).anyMatch(line -> line.startsWith("MAP desktop {"))
                .anyMatch(line -> line.startsWith("MAP phone {"));
        assertThat(Files.readString(screenshots.resolve("map-figures.json"))).contains("\"fps\"", "\"routeJumps\"");
        assertThat(screenshots.resolve("map-desktop-route.png")).exists();
        assertThat(screenshots.resolve("map-phone-route.png")).exists();
        assertThat(screenshots.resolve("map-desktop-pilot.png")).exists();
    }
}
