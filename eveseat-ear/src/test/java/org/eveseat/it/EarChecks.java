package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Set;

import jakarta.json.JsonObject;

import org.eveseat.fake.FakeEsi;
import org.eveseat.fake.FakeEveSso;
import org.eveseat.fake.ledger.JournalEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the EAR must do on any full server: be ready with its schema migrated at deployment, log a pilot in
 * through (fake) EVE SSO and serve the REST API to the session cookie and to a bearer token, write through JPA,
 * run the wallet-journal Jakarta Batch job to completion against the (fake) ESI, push what it stored to a
 * WebSocket subscriber, and render the Faces admin console. The checks run in any order, one server for all:
 * each logs in (MAIN first, the first account) and links what it reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EarChecks {
    private static final String WALLET_SCOPE = "esi-wallet.read_character_wallet.v1";
    private static final long MAIN = 2112625428L;
    private static final long PILOT = 2112000777L;
    private static final BigDecimal BALANCE = new BigDecimal("4242.42");

    private final FakeEveSso sso = IntegrationEnvironment.sso();
    private final FakeEsi esi = IntegrationEnvironment.esi();
    private AppServer server;

    abstract AppServer server();

    @BeforeAll
    void startServer() {
        // whichever check's scheduler pass reads MAIN's balance first reads this one
        esi.ledger().setWalletBalance(MAIN, BALANCE);
        server = server();
        // a test JVM ended early (Ctrl-C, a fork time-out) still stops the server it started
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        try {
            server.start();
        } catch (RuntimeException | AssertionError e) { // a server not ready in time fails an Await
            server.close();
            throw e;
        }
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    @Test
    void isReadyWithItsSchemaMigratedAtDeployment() {
        HttpResponse<String> ready = new Browser(server.readiness()).get(server.readiness().toString());
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ApiResponses.json(ready).getString("status")).isEqualTo("UP");
        assertThat(ready.body()).contains(server.readyCheck());
        assertThat(ApiResponses.json(browser().get("api/v1/auth/config")).getBoolean("ssoConfigured"))
                .as("configured from EVESEAT_* environment variables").isTrue();
    }

    @Test
    void aPilotLogsInAndTheApiAnswersTheCookieAndTheBearerToken() {
        Browser browser = loggedIn(MAIN);
        JsonObject me = ApiResponses.json(browser.get("api/v1/auth/me"));
        assertThat(me.getBoolean("admin")).as("the first account is admin").isTrue();
        HttpResponse<String> bearer = browser.getWithBearer("api/v1/auth/me", browser.sessionToken().orElseThrow());
        assertThat(bearer.statusCode()).as(bearer.body()).isEqualTo(200);
        assertThat(bearer.body()).contains(Long.toString(MAIN));
        ApiResponses.assertProblem(browser().get("api/v1/wallet/balance/" + MAIN), 401);
    }

    @Test
    void aWalletBalanceSyncIsStoredThroughJpaAndServed() {
        Browser browser = loggedIn(MAIN);
        HttpResponse<String> sync = browser.post("api/v1/wallet/balance/" + MAIN + "/sync");
        assertThat(sync.statusCode()).as(sync.body()).isEqualTo(200);
        assertThat(ApiResponses.json(sync).getString("status")).isIn("UPDATED", "UNCHANGED", "NOT_DUE");
        assertThat(ApiResponses.json(browser.get("api/v1/wallet/balance/" + MAIN)).getString("balance"))
                .isEqualTo(BALANCE.toPlainString());
    }

    @Test
    void theWalletJournalBatchJobRunsToCompletionAndItsEntriesArePushedLive() {
        Browser admin = adminWithPilot();
        esi.resetFaults();
        esi.ledger().character(PILOT).journal().set(JournalEntry.generate(PILOT, 1_234, esi.ledger().anchor()));
        String topic = "character." + PILOT + ".wallet";

        try (LiveSocket live = LiveSocket.open(server.base(), admin.sessionToken().orElseThrow())) {
            live.awaitType("ws.welcome");
            live.subscribe(topic);
            live.awaitType("ws.subscribed");

            JsonObject run = new EngineApi(admin).runJournalSync(PILOT);

            assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
            assertThat(EngineApi.stepMetric(run, "READ_COUNT")).as("one item per ESI page").isEqualTo(2);
            JsonObject page = ApiResponses.json(admin.get("api/v1/wallet/journal/" + PILOT + "?limit=1000"));
            assertThat(page.getJsonArray("entries")).hasSize(1_000);
            int pushed = 0;
            while (pushed < 1_234) {
                pushed += live.awaitEvent("wallet.journal", topic).getJsonObject("payload").getInt("added");
            }
            assertThat(pushed).as("one event per stored page, adding up to the journal").isEqualTo(1_234);
        }
    }

    @Test
    void theFacesAdminConsoleIsRenderedForTheAdminAndRefusedToAnonymous() {
        Browser admin = adminWithPilot();
        HttpResponse<String> users = admin.get("admin/users.xhtml");
        assertThat(users.statusCode()).as(users.body()).isEqualTo(200);
        assertThat(users.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(users.body()).contains("data-character=\"" + PILOT + "\"").doesNotContain("ui:composition");
        assertThat(browser().get("admin/users.xhtml").statusCode()).isEqualTo(401);
    }

    /** The admin (MAIN) with PILOT linked as an alt. */
    private Browser adminWithPilot() {
        Browser admin = loggedIn(MAIN);
        sso.loginAs(PILOT, "Alt " + PILOT, "owner-" + PILOT, Set.of("publicData", WALLET_SCOPE));
        assertThat(admin.logIn().statusCode()).isEqualTo(303);
        return admin;
    }

    Browser loggedIn(long characterId) {
        sso.loginAs(characterId, "Pilot " + characterId, "owner-" + characterId, Set.of("publicData", WALLET_SCOPE));
        Browser browser = browser();
        assertThat(browser.logIn().statusCode()).isEqualTo(303);
        return browser;
    }

    Browser browser() {
        return new Browser(server.base());
    }
}
