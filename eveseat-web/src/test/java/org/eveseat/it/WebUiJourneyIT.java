package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.it.ApiResponses.json;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.eveseat.fake.FakeEsi;
import org.eveseat.fake.FakeEveSso;
import org.eveseat.fake.ledger.Killmail;
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
 * The player app in a real browser (Debian's Chromium driven by playwright-core) on the real server with the fake
 * SSO and ESI: the journeys of {@code ui/e2e/journeys.mjs}, with their screenshots in
 * {@code target/e2e-screenshots}. This class stores the pilot's data first and plays the server's part when a
 * journey waits for it (a wallet change and a new killmail pushed live, another login).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebUiJourneyIT {
    private static final Set<String> SCOPES = Set.of("publicData", "esi-wallet.read_character_wallet.v1",
            "esi-mail.read_mail.v1", "esi-mail.send_mail.v1", "esi-mail.organize_mail.v1",
            "esi-contracts.read_character_contracts.v1", "esi-characters.read_contacts.v1",
            "esi-calendar.read_calendar_events.v1", "esi-calendar.respond_calendar_events.v1",
            "esi-killmails.read_killmails.v1", "esi-location.read_location.v1", "esi-location.read_ship_type.v1",
            "esi-location.read_online.v1", "esi-skills.read_skills.v1");
    private static final long MAIN = 2112625428L;
    private static final long PILOT = 2112000042L;
    /** EVE's longest names, a pilot's (37 characters) and a corporation's (50): the phone's header must fit them. */
    private static final String PILOT_NAME = "Aurelianus Maximilian Vandenbergh Ito";
    private static final long CORPORATION = 98000042L;
    private static final String CORPORATION_NAME = "Interstellar Consolidated Mining and Salvage Corp.";
    /** The balance the fake ESI reports once the journey waits for a live wallet event (the script expects it). */
    private static final BigDecimal NEW_BALANCE = new BigDecimal("98765432.10");
    /** The killmail pushed while the journey watches the feed: a Rifter in Jita (the script expects it). */
    private static final long PUSHED_KILL = 130_000_042L;
    private static final long JITA = 30000142L;
    private static final long RIFTER = 587L;

    @ArquillianResource
    private URL base;

    private final FakeEveSso sso = IntegrationEnvironment.sso();
    private final FakeEsi esi = IntegrationEnvironment.esi();

    /** At the server root, as the launcher deploys it: the app's pages, assets and API calls are root paths. */
    @Deployment
    static WebArchive application() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new java.io.File(System.getProperty("eveseat.it.war"))).as(WebArchive.class);
    }

    @Test
    void thePilotsJourneysPassInTheBrowser() throws Exception {
        esi.resetFaults().cacheSeconds(Duration.ofSeconds(2)); // the live journey syncs the balance again
        Browser admin = loggedIn(MAIN, "Main Pilot", "owner-main", Set.of("publicData"));
        // the fake ESI delivers mail only to characters it knows; the journey finds the main by its exact name
        esi.ledger().character(MAIN).name("Main Pilot");
        esi.ledger().corporation(CORPORATION).name(CORPORATION_NAME);
        esi.ledger().character(PILOT).corporationId(CORPORATION);
        Browser pilot = loggedIn(PILOT, PILOT_NAME, "owner-journey", SCOPES);
        storePilotData(admin, pilot);

        BrowserScript.Result result = new BrowserScript(Path.of(System.getProperty("eveseat.it.uiDir")),
                Path.of(System.getProperty("eveseat.it.screenshots"))).run(base.toString(), Map.of(
                "login-as-pilot", () -> sso.loginAs(PILOT, PILOT_NAME, "owner-journey", SCOPES),
                "login-as-admin", () -> sso.loginAs(MAIN, "Main Pilot", "owner-main", Set.of("publicData")),
                "wallet-event", () -> changeBalance(admin),
                "killmail-event", () -> newKillmail(admin)));

        assertThat(result.exitCode()).as(result.text()).isZero();
        assertThat(esi.ledger().character(MAIN).mails().all()).as("the mail sent from the browser reached EVE")
                .anySatisfy(m -> {
                    assertThat(m.from()).isEqualTo(PILOT);
                    assertThat(m.subject()).isEqualTo("Fleet tonight");
                });
    }

    private void storePilotData(Browser admin, Browser pilot) {
        EngineApi engine = new EngineApi(admin);
        // the pilot's corporation as ESI says, so that its screens show (here: the roles its data takes)
        engine.runAndAwait("AFFILIATIONS", 0);
        assertThat(json(pilot.post("api/v1/wallet/balance/" + PILOT + "/sync")).getString("status"))
                .isIn("UPDATED", "UNCHANGED", "NOT_DUE");
        assertThat(engine.runJournalSync(PILOT).getString("status")).isEqualTo("COMPLETED");
        assertThat(json(pilot.post("api/v1/characters/" + PILOT + "/mail/sync")).getString("status"))
                .isIn("UPDATED", "UNCHANGED", "NOT_DUE");
        // through the schedule, so that each screen's sync times have a last success to show
        for (String endpoint : new String[] {"MAIL", "WALLET_TRANSACTIONS", "CALENDAR", "CONTACTS", "CONTRACTS",
                "KILLMAILS"}) {
            assertThat(engine.runAndAwait(endpoint, PILOT).getJsonObject("state").getString("lastStatus"))
                    .as(endpoint).isIn("UPDATED", "UNCHANGED", "NOT_DUE");
        }
    }

    /** A new balance in EVE, synced now: the server pushes it to the pilot's open wallet page. */
    private void changeBalance(Browser admin) {
        esi.ledger().character(PILOT).walletBalance(NEW_BALANCE);
        esi.expireCaches();
        assertThat(new EngineApi(admin).runAndAwait("WALLET_BALANCE", PILOT).getJsonObject("state")
                .getString("lastStatus")).isEqualTo("UPDATED");
    }

    /**
     * The pilot's new loss in EVE, synced once the server's copy of the last list has run out (the fake answers
     * from the ledger as it is now).
     */
    private void newKillmail(Browser admin) {
        Killmail real = esi.ledger().publicData().killmails().all().get(0);
        esi.ledger().publicData().killmails().add(KillmailVariants.variant(real, PUSHED_KILL, JITA, RIFTER));
        esi.ledger().character(PILOT).recentKillmails().prepend(KillmailVariants.ref(PUSHED_KILL));
        esi.expireCaches();
        assertThat(new EngineApi(admin).runUntilAskedAgain("KILLMAILS", PILOT).getJsonObject("state")
                .getString("lastStatus")).isEqualTo("UPDATED");
    }

    private Browser loggedIn(long characterId, String name, String ownerHash, Set<String> scopes) {
        sso.loginAs(characterId, name, ownerHash, scopes);
        Browser browser = new Browser(URI.create(base.toString()));
        assertThat(browser.logIn().statusCode()).isEqualTo(303);
        return browser;
    }
}
