package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.eveseat.fake.FakeEsi;
import org.eveseat.fake.FakeEveSso;
import org.eveseat.fake.ledger.JournalEntry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sync engine on a real Payara Micro: the scheduler plans a character's wallet journal, the wallet-journal
 * Jakarta Batch job walks it page by page against a misbehaving fake ESI, and the stored journal ends equal to
 * the fake's ledger: nothing missing, nothing twice. A job that fails keeps what was stored and is restarted from
 * its checkpoint through the admin API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncEngineIT {
    private static final String WALLET_SCOPE = "esi-wallet.read_character_wallet.v1";
    private static final long MAIN = 2112625428L;
    private static final long OTHER = 95465499L;
    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(90);

    @ArquillianResource
    private URL base;

    private final FakeEveSso sso = IntegrationEnvironment.sso();
    private final FakeEsi esi = IntegrationEnvironment.esi();

    @Deployment
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new java.io.File(System.getProperty("eveseat.it.war")));
    }

    @Test
    @Order(1)
    void theFirstJournalSyncStoresEveryPageOfTheLedger() {
        Browser admin = loggedIn(MAIN, "Main Pilot", "owner-main");
        esi.resetFaults().cacheSeconds(Duration.ofSeconds(2));
        esi.ledger().character(MAIN).journal().set(JournalEntry.generate(MAIN, 4_321, esi.ledger().anchor()));

        JsonObject run = runJournalSync(admin);

        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(stepMetric(run, "READ_COUNT")).as("one item per ESI page").isEqualTo(5);
        assertStoredJournalEqualsLedger();
        JsonObject sync = scheduleOf(admin, "WALLET_JOURNAL", MAIN);
        assertThat(sync.getJsonObject("state").getString("lastStatus")).isEqualTo("UPDATED");
        assertThat(sync.getJsonObject("state").getInt("consecutiveFailures")).isZero();
    }

    @Test
    @Order(2)
    void newEntriesAreAddedExactlyOnceThrough5xxCutShortBodiesAndAChangeMidWalk() throws Exception {
        Browser admin = loggedIn(MAIN, "Main Pilot", "owner-main");
        for (int i = 0; i < 1_500; i++) {
            esi.ledger().character(MAIN).journal().prependNewer();
        }
        Thread.sleep(2_100);
        // each fault costs one of the gateway's three attempts at a call: at most two land on the same call
        esi.failNext(1, 503).truncateNextBody().changeDuringPagination();

        JsonObject run = runJournalSync(admin);

        assertThat(run.getString("status")).as(run + " " + scheduleOf(admin, "WALLET_JOURNAL", MAIN))
                .isEqualTo("COMPLETED");
        assertThat(stepMetric(run, "READ_COUNT")).as("the walk stops at the stored entries").isLessThan(5);
        assertStoredJournalEqualsLedger();
    }

    @Test
    @Order(3)
    void aFailedJobKeepsWhatWasStoredAndItsRestartFinishesTheWalk() throws Exception {
        Browser admin = loggedIn(MAIN, "Main Pilot", "owner-main");
        esi.resetFaults().pageSize(500);
        for (int i = 0; i < 2_600; i++) {
            esi.ledger().character(MAIN).journal().prependNewer();
        }
        Thread.sleep(2_100);
        long storedBefore = storedJournalIds().size();
        esi.failNext(1_000, 503);

        JsonObject failed = runJournalSync(admin);

        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(storedJournalIds()).hasSize((int) storedBefore);
        JsonObject sync = scheduleOf(admin, "WALLET_JOURNAL", MAIN);
        assertThat(sync.getJsonObject("state").getString("lastStatus")).isEqualTo("FAILED");
        assertThat(sync.getJsonObject("state").getInt("consecutiveFailures")).isEqualTo(1);
        assertThat(sync.getJsonObject("state").getString("lastError")).isNotBlank();

        esi.resetFaults().pageSize(500);
        HttpResponse<String> restart = admin.post("api/v1/admin/jobs/" + failed.getJsonNumber("executionId")
                .longValue() + "/restart");
        assertThat(restart.statusCode()).as(restart.body()).isEqualTo(200);
        JsonObject restarted = awaitEnd(admin, json(restart).getJsonNumber("restartedAs").longValue());

        assertThat(restarted.getString("status")).as(restarted + " " + scheduleOf(admin, "WALLET_JOURNAL", MAIN))
                .isEqualTo("COMPLETED");
        assertStoredJournalEqualsLedger();
        assertThat(scheduleOf(admin, "WALLET_JOURNAL", MAIN).getJsonObject("state").getInt("consecutiveFailures"))
                .isZero();
        esi.pageSize(FakeEsi.DEFAULT_PAGE_SIZE);
    }

    @Test
    @Order(4)
    void onlyAdminsSeeTheEngineAndBadInputIsAProblem() {
        Browser other = loggedIn(OTHER, "Other Pilot", "owner-other");
        assertThat(other.get("api/v1/admin/jobs").statusCode()).isEqualTo(403);
        assertThat(other.get("api/v1/admin/sync/schedule").statusCode()).isEqualTo(403);
        assertThat(other.post("api/v1/admin/sync/run").statusCode()).isEqualTo(403);
        assertThat(new Browser(URI.create(base.toString())).get("api/v1/admin/jobs").statusCode()).isEqualTo(401);

        Browser admin = loggedIn(MAIN, "Main Pilot", "owner-main");
        assertProblem(admin.post("api/v1/admin/sync/NO_SUCH_THING/1/run"), 400);
        assertProblem(admin.post("api/v1/admin/sync/WALLET_JOURNAL/abc/run"), 400);
        assertProblem(admin.post("api/v1/admin/sync/WALLET_JOURNAL/12345/run"), 404);
        assertProblem(admin.post("api/v1/admin/jobs/abc/restart"), 400);
        assertProblem(admin.post("api/v1/admin/jobs/999999/restart"), 404);
        assertProblem(admin.get("api/v1/admin/jobs?limit=0"), 400);

        JsonObject health = json(admin.get(URI.create(base.toString()).resolve("/health/ready").toString()));
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").toString()).contains("scheduler", "database");
    }

    /** Makes the journal sync due, runs one scheduler pass and waits for the job it started. */
    private JsonObject runJournalSync(Browser admin) {
        long before = newestExecution(admin);
        HttpResponse<String> run = admin.post("api/v1/admin/sync/WALLET_JOURNAL/" + MAIN + "/run");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        while (newestExecution(admin) == before && System.nanoTime() < deadline) {
            pause();
        }
        assertThat(newestExecution(admin)).as("the scheduler started a job").isGreaterThan(before);
        return awaitEnd(admin, newestExecution(admin));
    }

    private JsonObject awaitEnd(Browser admin, long executionId) {
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject run = execution(admin, executionId);
            String status = run.getString("status");
            if (!status.equals("STARTING") && !status.equals("STARTED")) {
                return run;
            }
            pause();
        }
        throw new AssertionError("job execution " + executionId + " did not end in " + JOB_TIMEOUT);
    }

    private JsonObject execution(Browser admin, long executionId) {
        for (JsonValue value : jsonArray(admin.get("api/v1/admin/jobs?limit=200"))) {
            if (value.asJsonObject().getJsonNumber("executionId").longValue() == executionId) {
                return value.asJsonObject();
            }
        }
        throw new AssertionError("no job execution " + executionId);
    }

    private long newestExecution(Browser admin) {
        JsonArray runs = jsonArray(admin.get("api/v1/admin/jobs?limit=1"));
        return runs.isEmpty() ? 0 : runs.getJsonObject(0).getJsonNumber("executionId").longValue();
    }

    private JsonObject scheduleOf(Browser admin, String endpoint, long owner) {
        for (JsonValue value : jsonArray(admin.get("api/v1/admin/sync/schedule"))) {
            JsonObject key = value.asJsonObject().getJsonObject("key");
            if (key.getString("endpoint").equals(endpoint) && key.getJsonNumber("ownerId").longValue() == owner) {
                return value.asJsonObject();
            }
        }
        throw new AssertionError("no sync " + endpoint + ":" + owner + " planned");
    }

    private static long stepMetric(JsonObject run, String metric) {
        return run.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics").getJsonNumber(metric).longValue();
    }

    private void assertStoredJournalEqualsLedger() {
        List<Long> ledger = esi.ledger().character(MAIN).journal().all().stream().map(JournalEntry::id).toList();
        assertThat(storedJournalIds()).as("0 missing, 0 duplicate").containsExactlyElementsOf(ledger);
    }

    private static List<Long> storedJournalIds() {
        try (Connection connection = IntegrationEnvironment.database().getConnection();
             PreparedStatement select = connection.prepareStatement("select journal_id from wallet_journal where "
                     + "owner_kind = 'CHARACTER' and owner_id = ? order by journal_id desc")) {
            select.setLong(1, MAIN);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Browser loggedIn(long characterId, String name, String ownerHash) {
        sso.loginAs(characterId, name, ownerHash, Set.of("publicData", WALLET_SCOPE));
        Browser browser = new Browser(URI.create(base.toString()));
        assertThat(browser.logIn().statusCode()).isEqualTo(303);
        return browser;
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(500);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static JsonArray jsonArray(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }
}
