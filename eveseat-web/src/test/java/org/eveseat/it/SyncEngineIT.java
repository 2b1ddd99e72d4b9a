package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.it.ApiResponses.assertProblem;
import static org.eveseat.it.EngineApi.storedJournalIds;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.eveseat.fake.FakeEsi;
import org.eveseat.fake.ledger.Contract;
import org.eveseat.fake.ledger.JournalEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sync engine on a real Payara Micro: the scheduler plans a character's wallet journal, the wallet-journal
 * Jakarta Batch job walks it page by page against a misbehaving fake ESI, and the stored journal ends equal to
 * the fake's ledger: nothing missing, nothing twice. A job that fails keeps what was stored and is restarted from
 * its checkpoint through the admin API. Each journal test has a pilot of its own and stores its first journal
 * itself, so any of them runs alone.
 */
class SyncEngineIT extends DeployedWar {
    private static final String WALLET_SCOPE = "esi-wallet.read_character_wallet.v1";
    private static final Set<String> SCOPES = Set.of("publicData", WALLET_SCOPE);
    private static final long OTHER = 95465499L;
    /** Domain: a region of this test's own (the contracts test uses The Forge). */
    private static final long REGION = 10000043L;
    private static final long CORPORATION = 98000777L;
    /** The admin's alts: their journal and their corporation are this test's alone. */
    private static final long PILOT = 2112000555L;
    private static final long ACCOUNTANT = 2112000666L;
    private static final long FAULTY_WALK = 2112001721L;
    private static final long RESTARTED = 2112001722L;
    private static final long RATE_LIMITED = 2112001723L;
    private static final long RETRIED = 2112001724L;
    private static final String CORPORATION_WALLET_SCOPE = "esi-wallet.read_corporation_wallets.v1";

    /**
     * Every answer this class's node gets from ESI expires in two seconds: an answer the fake still holds from an
     * earlier class (the public contracts of a region: 30 minutes) would keep a run here from asking again.
     */
    @BeforeEach
    void shortEsiCacheTimes() {
        esi.resetFaults().cacheSeconds(Duration.ofSeconds(2)).pageSize(FakeEsi.DEFAULT_PAGE_SIZE).expireCaches();
    }

    @Test
    void theFirstJournalSyncStoresEveryPageOfTheLedger() {
        Browser admin = adminWithAlt(PILOT, WALLET_SCOPE);
        esi.resetFaults().cacheSeconds(Duration.ofSeconds(2)).pageSize(FakeEsi.DEFAULT_PAGE_SIZE);
        esi.ledger().character(PILOT).journal().set(JournalEntry.generate(PILOT, 4_321, esi.ledger().anchor()));
        assertThat(firstSync(admin, PILOT)).as("balance, journal and transactions, none run yet")
                .isEqualTo(Json.createObjectBuilder().add("running", true).add("endpoints", 3).add("done", 0).build());

        JsonObject run = new EngineApi(admin).runJournalSync(PILOT);

        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(EngineApi.stepMetric(run, "READ_COUNT")).as("one item per ESI page").isEqualTo(5);
        assertStoredJournalEqualsLedger(PILOT);
        JsonObject sync = new EngineApi(admin).schedule("WALLET_JOURNAL", PILOT);
        assertThat(sync.getJsonObject("state").getString("lastStatus")).isEqualTo("UPDATED");
        assertThat(sync.getJsonObject("state").getInt("consecutiveFailures")).isZero();
        awaitFirstSyncDone(new EngineApi(admin), PILOT);
    }

    @Test
    void newEntriesAreAddedExactlyOnceThrough5xxCutShortBodiesAndAChangeMidWalk() {
        Browser admin = withStoredJournal(FAULTY_WALK);
        for (int i = 0; i < 1_500; i++) {
            esi.ledger().character(FAULTY_WALK).journal().prependNewer();
        }
        // each fault costs one of the gateway's three attempts at a call: at most two land on the same call
        esi.failNext(1, 503).truncateNextBody().changeDuringPagination();

        JsonObject run = EngineApi.aloneOnTheSchedule("WALLET_JOURNAL", FAULTY_WALK,
                () -> new EngineApi(admin).runJournalSyncUntilAsked(FAULTY_WALK));

        assertThat(run.getString("status")).as(run + " " + new EngineApi(admin).schedule("WALLET_JOURNAL", FAULTY_WALK))
                .isEqualTo("COMPLETED");
        assertThat(EngineApi.stepMetric(run, "READ_COUNT")).as("the walk stops at the stored entries").isLessThan(5);
        assertStoredJournalEqualsLedger(FAULTY_WALK);
    }

    @Test
    void aFailedJobKeepsWhatWasStoredAndItsRestartFinishesTheWalk() {
        Browser admin = withStoredJournal(RESTARTED);
        esi.resetFaults().pageSize(500);
        for (int i = 0; i < 2_600; i++) {
            esi.ledger().character(RESTARTED).journal().prependNewer();
        }
        long storedBefore = storedJournalIds(RESTARTED).size();
        esi.failNext(1_000, 503);

        JsonObject failed = EngineApi.aloneOnTheSchedule("WALLET_JOURNAL", RESTARTED,
                () -> new EngineApi(admin).runJournalSyncUntilAsked(RESTARTED));

        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(storedJournalIds(RESTARTED)).hasSize((int) storedBefore);
        JsonObject sync = new EngineApi(admin).schedule("WALLET_JOURNAL", RESTARTED);
        assertThat(sync.getJsonObject("state").getString("lastStatus")).isEqualTo("FAILED");
        assertThat(sync.getJsonObject("state").getInt("consecutiveFailures")).isEqualTo(1);
        assertThat(sync.getJsonObject("state").getString("lastError")).isNotBlank();

        esi.resetFaults().pageSize(500);
        HttpResponse<String> restart = admin.post("api/v1/admin/jobs/" + failed.getJsonNumber("executionId")
                .longValue() + "/restart");
        assertThat(restart.statusCode()).as(restart.body()).isEqualTo(200);
        JsonObject restarted = new EngineApi(admin).awaitEnd(json(restart).getJsonNumber("restartedAs").longValue());

        assertThat(restarted.getString("status")).as(restarted + " " + new EngineApi(admin).schedule("WALLET_JOURNAL", RESTARTED))
                .isEqualTo("COMPLETED");
        assertStoredJournalEqualsLedger(RESTARTED);
        JsonObject after = new EngineApi(admin).schedule("WALLET_JOURNAL", RESTARTED).getJsonObject("state");
        assertThat(after.getInt("consecutiveFailures")).isZero();
        assertThat(after.getString("lastError", null)).as("a success clears the last error").isNull();
        esi.pageSize(FakeEsi.DEFAULT_PAGE_SIZE);
    }

    @Test
    void a429DefersTheJobUntilRetryAfterAndTheNextRunCatchesUp() {
        Browser admin = withStoredJournal(RATE_LIMITED);
        esi.resetFaults();
        for (int i = 0; i < 700; i++) {
            esi.ledger().character(RATE_LIMITED).journal().prependNewer();
        }
        esi.tooManyRequestsNext(2);

        JsonObject limited = EngineApi.aloneOnTheSchedule("WALLET_JOURNAL", RATE_LIMITED,
                () -> new EngineApi(admin).runJournalSyncUntilAsked(RATE_LIMITED));

        // a pause is not a failure: the job ends cleanly, deferred, and the sync is due when the pause ends
        assertThat(limited.getString("status")).as(limited.toString()).isEqualTo("COMPLETED");
        assertThat(limited.getString("exitStatus")).isEqualTo("DEFERRED");
        JsonObject state = new EngineApi(admin).schedule("WALLET_JOURNAL", RATE_LIMITED).getJsonObject("state");
        assertThat(state.getString("lastStatus")).as("the 429 is not retried before Retry-After")
                .isEqualTo("DEFERRED");
        assertThat(state.getInt("consecutiveFailures")).isZero();

        JsonObject next = new EngineApi(admin).runJournalSyncUntilAsked(RATE_LIMITED);

        assertThat(next.getString("status")).as(next.toString()).isEqualTo("COMPLETED");
        assertStoredJournalEqualsLedger(RATE_LIMITED);
    }

    @Test
    void publicContractsOfARegionAreStoredWithItemsAndThoseThatDisappearAreClosedNotDeleted() {
        Browser admin = loggedIn(MAIN, "Main Pilot", "owner-main", SCOPES);
        esi.resetFaults().cacheSeconds(Duration.ofSeconds(2));
        List<Contract> listed = esi.ledger().publicData().publicContracts(REGION).all();

        JsonObject first = new EngineApi(admin).runJobSync("PUBLIC_CONTRACTS", REGION);

        assertThat(first.getString("status")).as(first.toString()).isEqualTo("COMPLETED");
        assertThat(PublicContractRows.statuses(REGION)).containsOnlyKeys(ids(listed))
                .allSatisfy((id, status) -> assertThat(status).isEqualTo("OUTSTANDING"));
        assertThat(PublicContractRows.withItems(REGION)).as("items of every contract fetched once")
                .containsExactlyInAnyOrderElementsOf(ids(listed));

        Contract gone = listed.get(listed.size() - 1);
        esi.ledger().publicData().publicContracts(REGION).set(listed.subList(0, listed.size() - 1));
        esi.ledger().publicData().publicContracts(REGION).prependNewer();
        int itemReadsBefore = esi.requestCount("/contracts/public/items/" + listed.get(1).contractId());

        JsonObject second = new EngineApi(admin).runJobUntilAsked("PUBLIC_CONTRACTS", REGION,
                "/contracts/public/" + REGION);

        assertThat(second.getString("status")).as(second.toString()).isEqualTo("COMPLETED");
        assertThat(PublicContractRows.statuses(REGION).get(gone.contractId())).as(second.toString())
                .isIn("EXPIRED", "GONE");
        assertThat(PublicContractRows.statuses(REGION)).hasSize(listed.size() + 1);
        assertThat(esi.requestCount("/contracts/public/items/" + listed.get(1).contractId()))
                .as("items of known contracts are not read again").isEqualTo(itemReadsBefore);
    }

    @Test
    void onlyAdminsSeeTheEngineAndBadInputIsAProblem() {
        Browser other = loggedIn(OTHER, "Other Pilot", "owner-other", SCOPES);
        assertThat(other.get("api/v1/admin/jobs").statusCode()).isEqualTo(403);
        assertThat(other.get("api/v1/admin/sync/schedule").statusCode()).isEqualTo(403);
        assertThat(other.post("api/v1/admin/sync/run").statusCode()).isEqualTo(403);
        assertThat(new Browser(URI.create(base.toString())).get("api/v1/admin/jobs").statusCode()).isEqualTo(401);

        // a journal job of this node that meets a 503 (its pilot's first, so it asks ESI), for the figures below
        Browser admin = adminWithAlt(RETRIED, WALLET_SCOPE);
        esi.resetFaults().cacheSeconds(Duration.ofSeconds(2)).pageSize(FakeEsi.DEFAULT_PAGE_SIZE);
        esi.ledger().character(RETRIED).journal().set(JournalEntry.generate(RETRIED, 1_200, esi.ledger().anchor()));
        esi.failNext(1, 503);
        JsonObject retried = EngineApi.aloneOnTheSchedule("WALLET_JOURNAL", RETRIED,
                () -> new EngineApi(admin).runJournalSync(RETRIED));
        assertThat(retried.getString("status")).as("one 503 is retried away").isEqualTo("COMPLETED");
        assertStoredJournalEqualsLedger(RETRIED);
        assertProblem(admin.post("api/v1/admin/sync/NO_SUCH_THING/1/run"), 400);
        assertProblem(admin.post("api/v1/admin/sync/WALLET_JOURNAL/abc/run"), 400);
        assertProblem(admin.post("api/v1/admin/sync/WALLET_JOURNAL/12345/run"), 404);
        assertProblem(admin.post("api/v1/admin/jobs/abc/restart"), 400);
        assertProblem(admin.post("api/v1/admin/jobs/999999/restart"), 404);
        assertProblem(admin.get("api/v1/admin/jobs?limit=0"), 400);

        JsonObject status = json(admin.get("api/v1/admin/sync"));
        assertThat(status.getJsonObject("esi").getJsonNumber("calls").longValue()).isPositive();
        assertThat(status.getJsonObject("jobs").getJsonObject("wallet-journal").getInt("ended")).isPositive();
        assertThat(status.getJsonObject("esi").getJsonNumber("serverErrors").longValue())
                .as("the injected 503s").isPositive();
        JsonObject mainToken = jsonArray(admin.get("api/v1/admin/sync/tokens")).stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getJsonObject("character").getJsonObject("id").getJsonNumber("value").longValue() == MAIN)
                .findFirst().orElseThrow();
        assertThat(mainToken.getJsonArray("covered").toString()).contains("WALLET_JOURNAL", "WALLET_BALANCE");
        assertThat(mainToken.getJsonArray("missingScopes").toString()).contains("esi-mail.read_mail.v1");

        HttpResponse<String> openApi = admin.get(URI.create(base.toString()).resolve("/openapi").toString());
        assertThat(openApi.statusCode()).as("the OpenAPI document builds").isEqualTo(200);
        assertThat(openApi.body()).contains("/api/v1/admin/sync/schedule", "/mail", "/wallet/journal/", "/contacts",
                "/calendar", "/contracts");

        JsonObject health = json(admin.get(URI.create(base.toString()).resolve("/health/ready").toString()));
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").toString()).contains("scheduler", "database");
    }

    @Test
    void aCorporationsSevenDivisionJournalsAreReadWithAnAccountantsToken() {
        Browser admin = adminWithAlt(ACCOUNTANT, CORPORATION_WALLET_SCOPE);
        esi.resetFaults().cacheSeconds(Duration.ofSeconds(2));
        esi.ledger().character(ACCOUNTANT).corporationId(CORPORATION).roles("Accountant");
        for (int division = 1; division <= 7; division++) {
            esi.ledger().corporation(CORPORATION).wallet(division).journal()
                    .set(JournalEntry.generate(CORPORATION * 10 + division, 300 * division, esi.ledger().anchor()));
        }
        EngineApi engine = new EngineApi(admin);
        new EngineApi(admin).run("AFFILIATIONS", 0);
        engine.awaitPlanned("CORPORATION_WALLET_JOURNAL", CORPORATION);

        JsonObject run = engine.runJobSync("CORPORATION_WALLET_JOURNAL", CORPORATION);

        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
        for (int division = 1; division <= 7; division++) {
            List<Long> ledger = esi.ledger().corporation(CORPORATION).wallet(division).journal().all().stream()
                    .map(JournalEntry::id).toList();
            assertThat(EngineApi.storedCorporationJournalIds(CORPORATION, division)).as("division " + division)
                    .containsExactlyElementsOf(ledger);
        }
    }

    private static List<Long> ids(List<Contract> contracts) {
        return contracts.stream().map(Contract::contractId).toList();
    }

    /**
     * Only the journal was asked for, but every endpoint of a new character is due at once: the passes that follow
     * (nothing else makes a sync due) run the others too, and /auth/me then says the first sync is over.
     */
    private static void awaitFirstSyncDone(EngineApi engine, long character) {
        Await.until("the first sync of " + character + " over", Duration.ofSeconds(60), () -> {
            engine.runDue();
            return firstSync(engine.admin(), character);
        }, firstSync -> !firstSync.getBoolean("running"));
        assertThat(firstSync(engine.admin(), character))
                .isEqualTo(Json.createObjectBuilder().add("running", false).add("endpoints", 3).add("done", 3).build());
        assertThat(engine.schedule("WALLET_BALANCE", character).getJsonObject("state").get("lastRun"))
                .isNotEqualTo(JsonValue.NULL);
    }

    private static JsonObject firstSync(Browser browser, long character) {
        return EngineApi.object(browser.get("api/v1/auth/me")).getJsonArray("characters").stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getJsonNumber("id").longValue() == character)
                .findFirst().orElseThrow().getJsonObject("firstSync");
    }

    /**
     * The admin with {@code pilot} linked, the pilot's journal of 4,321 entries stored by a first journal job, and
     * ESI's answers of it left to expire in two seconds.
     */
    private Browser withStoredJournal(long pilot) {
        Browser admin = adminWithAlt(pilot, WALLET_SCOPE);
        esi.resetFaults().cacheSeconds(Duration.ofSeconds(2)).pageSize(FakeEsi.DEFAULT_PAGE_SIZE);
        esi.ledger().character(pilot).journal().set(JournalEntry.generate(pilot, 4_321, esi.ledger().anchor()));
        JsonObject first = EngineApi.aloneOnTheSchedule("WALLET_JOURNAL", pilot,
                () -> new EngineApi(admin).runJournalSync(pilot));
        assertThat(first.getString("status")).as(first.toString()).isEqualTo("COMPLETED");
        assertStoredJournalEqualsLedger(pilot);
        return admin;
    }

    private void assertStoredJournalEqualsLedger(long pilot) {
        List<Long> ledger = esi.ledger().character(pilot).journal().all().stream().map(JournalEntry::id).toList();
        assertThat(storedJournalIds(pilot)).as("0 missing, 0 duplicate").containsExactlyElementsOf(ledger);
    }

    /** The admin (MAIN) with {@code alt} linked, its token granting {@code scope}. */
    private Browser adminWithAlt(long alt, String scope) {
        return withAlt(loggedIn(MAIN, "Main Pilot", "owner-main", SCOPES), alt, Set.of("publicData", scope));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return EngineApi.object(response);
    }

    private static JsonArray jsonArray(HttpResponse<String> response) {
        return EngineApi.array(response);
    }
}
