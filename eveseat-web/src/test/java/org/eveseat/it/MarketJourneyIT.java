package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.json.JsonObject;

import org.eveseat.fake.FakeEsi;
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
 * The market screens in a real browser on the real server with the fake SSO and ESI
 * ({@code ui/e2e/market-journey.mjs}): at 1440x900 and 390x844 a trader finds Tritanium by name, reads its book
 * (checked against the book API) and price chart, runs the profit calculator, the trade routes and quick trade, and
 * opens the own orders; every screen fits the window and passes axe-core. The fake's book of The Forge is generated
 * at ESI's size (400,000 orders: at a smaller size Tritanium may not be traded there) and the other hubs' at a
 * twentieth of it; the same seed makes the same types busy at every hub, so routes between them exist. Screenshots in
 * {@code target/market-screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MarketJourneyIT {
    private static final long MAIN = 2112625428L;
    private static final long PILOT = 2112000462L;
    private static final Set<String> SCOPES = Set.of("publicData", "esi-markets.read_character_orders.v1",
            "esi-skills.read_skills.v1", "esi-characters.read_standings.v1");
    /** The five hub regions: The Forge, Domain, Sinq Laison, Heimatar, Metropolis. */
    private static final List<Long> HUB_REGIONS = List.of(10000002L, 10000043L, 10000032L, 10000030L, 10000042L);
    private static final long THE_FORGE = 10000002L;
    private static final int FORGE_ORDERS = 400_000;
    private static final double BOOK_SCALE = 0.05;
    private static final long BOOK_SEED = 20261207L;

    @ArquillianResource
    private URL base;

    private final FakeEveSso sso = IntegrationEnvironment.sso();
    private final FakeEsi esi = IntegrationEnvironment.esi();

    @Deployment
    static WebArchive application() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("eveseat.it.war"))).as(WebArchive.class);
    }

    @Test
    void aTraderReadsABookAndRunsTheCalculatorRoutesQuickTradeAndOwnOrders() throws Exception {
        esi.ledger().publicData().market().generateHubBooks(BOOK_SCALE, BOOK_SEED);
        esi.ledger().publicData().market().generateBook(THE_FORGE, FORGE_ORDERS, BOOK_SEED);
        esi.expireCaches(); // ESI's answers of the small books a test before read must not stand for these
        AtomicBoolean synced = new AtomicBoolean();
        // MAIN is the configured admin
        sso.loginAs(MAIN, "Main Pilot", "owner-main", Set.of("publicData"));
        Browser admin = new Browser(URI.create(base.toString()));
        assertThat(admin.logIn().statusCode()).isEqualTo(303);
        Path screenshots = Path.of(System.getProperty("eveseat.it.screenshots")).resolveSibling("market-screenshots");

        BrowserScript.Result result = new BrowserScript(Path.of(System.getProperty("eveseat.it.uiDir")), screenshots,
                "market-journey.mjs").run(base.toString(), Map.of(
                "login-as-pilot", () -> sso.loginAs(PILOT, "Market Pilot", "owner-" + PILOT, SCOPES),
                "market-synced", () -> {
                    if (!synced.getAndSet(true)) { // once for both window sizes
                        syncMarket(admin, new EngineApi(admin));
                    }
                }));

        assertThat(result.exitCode()).as(result.text()).isZero();
        assertThat(result.output()).as(result.text())
                .anyMatch(line -> line.startsWith("PASS market at desktop size"))
                .anyMatch(line -> line.startsWith("PASS market at phone size"));
        for (String size : List.of("desktop", "phone")) {
            for (String screen : List.of("book", "calculator", "routes", "quick-trade", "my-orders")) {
                assertThat(screenshots.resolve("market-" + size + "-" + screen + ".png")).exists();
            }
        }
    }

    /** Every hub region's book stored once, and the pilot's own orders read, before the screens show them. */
    private void syncMarket(Browser admin, EngineApi engine) {
        for (long region : HUB_REGIONS) {
            engine.storeBook(region, esi.ledger().publicData().market().bookOrders(region).size());
        }
        JsonObject sync = engine.runUntilAskedAgain("MARKET_ORDERS", PILOT);
        assertThat(sync.getJsonObject("state").getString("lastStatus")).as("the pilot's orders read from ESI: " + sync)
                .isIn("UPDATED", "UNCHANGED");
        // the fake places three open orders of every pilot in The Forge's book; an admin may read them
        assertThat(admin.get("api/v1/characters/" + PILOT + "/market/orders?state=open").body())
                .as("the pilot's stored open orders after " + sync).contains("\"orderId\"");
    }
}
