package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.it.ApiResponses.assertProblem;
import static org.eveseat.it.ApiResponses.json;
import static org.eveseat.it.KillmailVariants.ref;
import static org.eveseat.it.KillmailVariants.variant;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.eveseat.fake.ledger.Killmail;
import org.eveseat.fake.ledger.MarketPrice;
import org.eveseat.fake.ledger.PublicLedger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Killmails end to end on Payara Micro: two characters linked to one account both list the same killmail in the
 * fake ESI, and it is fetched and stored once; a corporation's recent killmails through its Director; filtered,
 * paged listings and one killmail with names from the static data; strangers, anonymous callers and bad filters
 * refused. The characters and corporation are this test's own; MAIN is the admin.
 */
class KillmailIT extends DeployedWar {
    private static final Set<String> SCOPES = Set.of("publicData", "esi-killmails.read_killmails.v1",
            "esi-killmails.read_corporation_killmails.v1");
    private static final long PILOT = 2112000441L;
    private static final long ALT = 2112000442L;
    private static final long STRANGER = 2112000443L;
    private static final long WATCHER = 2112000445L;
    private static final long CORPORATION = 98000444L;
    private static final long REAL = PublicLedger.REAL_KILLMAIL.killmailId();
    private static final long IN_JITA = 130_000_001L;
    private static final long IN_AMARR = 130_000_002L;
    private static final long OF_CORPORATION = 130_000_003L;
    private static final long PUSHED = 130_000_004L;
    private static final long MARKER = 130_000_005L;
    private static final long JITA = 30000142L;
    private static final long AMARR = 30002187L;
    private static final long RIFTER = 587L;
    private static final String KILLMAILS = "api/v1/killmails";
    private static final String LIVE_TOPIC = "killmails";

    /** Short cache times, so that a sync can ask ESI again within seconds. */
    @BeforeAll
    static void shortCacheTimes() {
        IntegrationEnvironment.esi().cacheSeconds(Duration.ofSeconds(2));
    }

    /** The fake's own cache times again for the tests that follow (this one used 2 s). */
    @AfterAll
    static void restoreCacheTimes() {
        IntegrationEnvironment.esi().cacheSeconds(null);
    }

    /**
     * One scenario rather than a test per step, as each step needs the data of the one before: two linked
     * characters and their corporation sync their killmails, then the account lists them, filtered, paged and
     * named, and the admin sees them all.
     */
    @Test
    void killmailsOfTwoCharactersAndTheirCorporationAreStoredOnceAndListed() {
        aKillmailTwoLinkedCharactersSeeIsFetchedAndStoredOnce();
        aCorporationsKillmailsAreSyncedThroughItsDirector();
        theSyncTimesSayWhenEachOwnersKillmailsWereStoredAndAreDue();
        theAccountListsWhatItsCharactersAndCorporationSawFilteredPagedAndNamed();
        aKillmailIsValuedAtMarketPricesAsZKillboardShowsIt();
        assertThat(ids(json(admin().get(KILLMAILS)))).contains(OF_CORPORATION, IN_AMARR, IN_JITA, REAL);
    }

    private void aKillmailTwoLinkedCharactersSeeIsFetchedAndStoredOnce() {
        EngineApi engine = new EngineApi(admin());
        Killmail real = esi.ledger().publicData().killmails().all().get(0);
        esi.ledger().publicData().killmails().add(variant(real, IN_JITA, JITA, RIFTER))
                .add(variant(real, IN_AMARR, AMARR, 603L)).add(variant(real, OF_CORPORATION, JITA, 24698L));
        esi.ledger().character(PILOT).recentKillmails().set(ref(IN_JITA), PublicLedger.REAL_KILLMAIL);
        esi.ledger().character(ALT).recentKillmails().set(ref(IN_AMARR), PublicLedger.REAL_KILLMAIL);
        pilotWithAlt();

        // the login's first sync may have read them before these runs (then not due); the counts below decide
        assertThat(status(engine.runAndAwait("KILLMAILS", PILOT))).isIn("UPDATED", "NOT_DUE");
        assertThat(status(engine.runAndAwait("KILLMAILS", ALT))).isIn("UPDATED", "NOT_DUE");
        assertThat(status(engine.runAndAwait("KILLMAILS", PILOT))).as("nothing new").isIn("UNCHANGED", "NOT_DUE",
                "UPDATED");

        assertThat(count("select count(*) from killmail where killmail_id = ?", REAL)).isEqualTo(1);
        // other test classes' pilots list it too, and their first syncs may run while this test does
        assertThat(count("select count(*) from killmail_seen where killmail_id = ? and owner_kind = 'CHARACTER'"
                + " and owner_id in (" + PILOT + ", " + ALT + ")", REAL)).isEqualTo(2);
        assertThat(esi.requestCount("/killmails/" + REAL + "/" + PublicLedger.REAL_KILLMAIL.killmailHash()))
                .as("fetched once for both characters").isEqualTo(1);
    }

    private void aCorporationsKillmailsAreSyncedThroughItsDirector() {
        esi.ledger().character(ALT).corporationId(CORPORATION).roles("Director");
        esi.ledger().corporation(CORPORATION).recentKillmails().set(ref(OF_CORPORATION), PublicLedger.REAL_KILLMAIL);
        EngineApi engine = new EngineApi(admin());
        engine.runAndAwait("AFFILIATIONS", 0);
        engine.awaitPlanned("CORPORATION_KILLMAILS", CORPORATION);

        JsonObject sync = engine.runAndAwait("CORPORATION_KILLMAILS", CORPORATION);

        // a newly planned sync runs at once, so the scheduler may have read them before this run (then not due)
        assertThat(status(sync)).as(sync.toString()).isIn("UPDATED", "NOT_DUE");
        assertThat(count("select count(*) from killmail where killmail_id = ?", OF_CORPORATION)).isEqualTo(1);
        assertThat(count("select count(*) from killmail where killmail_id = ?", REAL)).isEqualTo(1);
    }

    private void theSyncTimesSayWhenEachOwnersKillmailsWereStoredAndAreDue() {
        Browser owner = pilotWithAlt();

        JsonObject pilot = syncTimes(json(owner.get("api/v1/characters/" + PILOT + "/sync-times")), "KILLMAILS");
        assertThat(pilot.getBoolean("planned")).isTrue();
        assertThat(pilot.getString("lastSuccess")).isNotBlank();
        assertThat(pilot.getString("nextDue")).isNotBlank();
        assertThat(syncTimes(json(owner.get("api/v1/characters/" + PILOT + "/sync-times")), "MAIL")
                .getBoolean("planned")).as("the mail scope is not granted").isFalse();
        JsonObject corporation = syncTimes(json(owner.get("api/v1/corporations/" + CORPORATION + "/sync-times")),
                "CORPORATION_KILLMAILS");
        assertThat(corporation.getString("lastSuccess")).isNotBlank();
    }

    private static JsonObject syncTimes(JsonObject answer, String endpoint) {
        return answer.getJsonArray("times").getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("endpoint").equals(endpoint)).findFirst().orElseThrow();
    }

    private void theAccountListsWhatItsCharactersAndCorporationSawFilteredPagedAndNamed() {
        Browser owner = pilotWithAlt();

        assertThat(ids(json(owner.get(KILLMAILS)))).containsExactly(OF_CORPORATION, IN_AMARR, IN_JITA, REAL);
        JsonObject first = json(owner.get(KILLMAILS + "?limit=2"));
        assertThat(ids(first)).containsExactly(OF_CORPORATION, IN_AMARR);
        assertThat(ids(json(owner.get(KILLMAILS + "?limit=2&before=" + first.getJsonNumber("older")))))
                .containsExactly(IN_JITA, REAL);
        assertThat(ids(json(owner.get(KILLMAILS + "?character=" + PILOT)))).containsExactly(IN_JITA, REAL);
        assertThat(ids(json(owner.get(KILLMAILS + "?corporation=" + CORPORATION)))).containsExactly(OF_CORPORATION,
                REAL);
        assertThat(ids(json(owner.get(KILLMAILS + "?system=" + JITA)))).containsExactly(OF_CORPORATION, IN_JITA);
        assertThat(ids(json(owner.get(KILLMAILS + "?region=10000043")))).containsExactly(IN_AMARR);
        assertThat(ids(json(owner.get(KILLMAILS + "?shipType=" + RIFTER)))).containsExactly(IN_JITA);
        assertThat(ids(json(owner.get(KILLMAILS + "?from=2021-01-01")))).doesNotContain(REAL).hasSize(3);
        assertThat(ids(json(owner.get(KILLMAILS + "?to=2021-01-01")))).containsExactly(REAL);

        JsonObject line = json(owner.get(KILLMAILS + "?shipType=" + RIFTER)).getJsonArray("killmails")
                .getJsonObject(0);
        assertThat(line.getString("solarSystemName")).isEqualTo("Jita");
        assertThat(line.getString("regionName")).isEqualTo("The Forge");
        assertThat(line.getJsonObject("victim").getString("shipTypeName")).isEqualTo("Rifter");
        JsonObject named = namedOnceResolved(owner, KILLMAILS + "?shipType=" + RIFTER,
                answer -> answer.getJsonArray("killmails").getJsonObject(0).getJsonObject("victim"))
                .getJsonArray("killmails").getJsonObject(0).getJsonObject("victim");
        assertThat(named.getString("characterName")).as("named through ESI's names lookup").isNotBlank();
        assertThat(named.getString("corporationName")).isNotBlank();
        assertThat(count("select count(*) from universe_name where id = ?",
                named.getJsonNumber("characterId").longValue())).as("stored for the next answers").isEqualTo(1);

        JsonObject real = namedOnceResolved(owner, KILLMAILS + "/" + REAL, answer -> answer.getJsonObject("victim"));
        assertThat(real.getString("solarSystemName")).isEqualTo("Hasama");
        assertThat(real.getString("regionName")).isEqualTo("The Citadel");
        assertThat(real.getJsonObject("victim").getString("shipTypeName")).isEqualTo("Sigil");
        assertThat(real.getJsonObject("victim").getJsonArray("items")).isNotEmpty();
        JsonObject attacker = real.getJsonArray("attackers").getJsonObject(0);
        assertThat(attacker.getString("shipTypeName")).isEqualTo("Osprey Navy Issue");
        assertThat(attacker.getBoolean("finalBlow")).isTrue();
        assertThat(real.getJsonObject("victim").getString("characterName")).isNotBlank();
        assertThat(attacker.getString("corporationName")).isNotBlank();
    }

    /**
     * The real killmail (a Sigil) at prices set by hand: six items of type 8263 at 10,000 dropped, one of type
     * 34268 at 5,000 destroyed; its two other types have no average price and count nothing.
     */
    private void aKillmailIsValuedAtMarketPricesAsZKillboardShowsIt() {
        esi.ledger().publicData().market().prices().set(new MarketPrice(19744, 900_000.0, 1_000_000.0),
                new MarketPrice(8263, 9_000.0, 10_000.0), new MarketPrice(34268, null, 5_000.0),
                new MarketPrice(4435, 100.0, null));
        // ESI caches prices an hour: a short cache lets a later test sync its own prices, and the answer a test
        // class before left cached on the fake is dropped, or the run would read the prices it holds
        esi.cacheSeconds(Duration.ofSeconds(2)).expireCaches();
        try {
            new EngineApi(admin()).runUntilAskedAgain("MARKET_PRICES", 0);
        } finally {
            esi.cacheSeconds(null);
        }

        JsonObject real = json(pilotWithAlt().get(KILLMAILS + "/" + REAL));

        JsonObject value = real.getJsonObject("value");
        assertThat(value.getString("ship")).isEqualTo("1000000.00");
        assertThat(value.getString("dropped")).isEqualTo("60000.00");
        assertThat(value.getString("destroyed")).isEqualTo("5000.00");
        assertThat(value.getString("total")).isEqualTo("1065000.00");
        assertThat(value.getInt("unpricedTypes")).isEqualTo(2);
        assertThat(real.getJsonObject("victim").getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(item -> assertThat(item.getString("unitPrice")).isEqualTo("10000.00"))
                .anySatisfy(item -> assertThat(item.isNull("unitPrice")).isTrue());
        JsonObject listed = json(pilotWithAlt().get(KILLMAILS + "?to=2021-01-01")).getJsonArray("killmails")
                .getJsonObject(0);
        assertThat(listed.getString("value")).as("the listing values each row as the details do")
                .isEqualTo("1065000.00");
    }

    @Test
    void strangersAnonymousCallersAndBadFiltersAreRefusedWithProblems() {
        Browser stranger = loggedIn(STRANGER, SCOPES);
        assertThat(ids(json(stranger.get(KILLMAILS)))).isEmpty();
        assertProblem(stranger.get(KILLMAILS + "/" + REAL), 404);
        assertProblem(stranger.get(KILLMAILS + "?character=" + PILOT), 404);
        assertProblem(stranger.get(KILLMAILS + "?corporation=" + CORPORATION), 404);
        assertProblem(stranger.get("api/v1/characters/" + PILOT + "/sync-times"), 404);
        assertProblem(stranger.get("api/v1/corporations/" + CORPORATION + "/sync-times"), 404);
        assertProblem(browser().get("api/v1/characters/" + PILOT + "/sync-times"), 401);
        assertProblem(browser().get(KILLMAILS), 401);
        assertProblem(browser().get(KILLMAILS + "/" + REAL), 401);

        Browser owner = pilotWithAlt();
        assertProblem(owner.get(KILLMAILS + "/1"), 404);
        for (String bad : List.of("limit=0", "limit=201", "limit=many", "system=Jita", "region=-1", "shipType=x",
                "character=abc", "from=yesterday", "from=2026-02-01&to=2026-01-01", "before=5&after=3")) {
            assertProblem(owner.get(KILLMAILS + "?" + bad), 400);
        }
        assertProblem(owner.get(KILLMAILS + "/abc"), 400);
    }

    /** A pilot of its own, so that the killmails pushed here stay out of the other tests' listings. */
    @Test
    void subscribersToKillmailsArePushedEachNewOneOnceAndFiltersHold() {
        Browser owner = loggedIn(WATCHER, SCOPES);
        EngineApi engine = new EngineApi(admin());
        engine.runUntilAskedAgain("KILLMAILS", WATCHER); // whatever the login's first sync finds is stored first
        Killmail real = esi.ledger().publicData().killmails().all().get(0);
        esi.ledger().publicData().killmails().add(variant(real, PUSHED, JITA, RIFTER));
        esi.ledger().character(WATCHER).recentKillmails().prepend(ref(PUSHED));
        URI app = URI.create(base.toString());
        String token = owner.sessionToken().orElseThrow();
        try (LiveSocket all = LiveSocket.open(app, token); LiveSocket inJita = LiveSocket.open(app, token);
             LiveSocket inDomain = LiveSocket.open(app, token)) {
            all.subscribe(LIVE_TOPIC).awaitType("ws.subscribed");
            subscribe(inJita, "{\"solarSystemId\":" + JITA + "}");
            subscribe(inDomain, "{\"regionId\":10000043}");

            assertThat(status(engine.runUntilAskedAgain("KILLMAILS", WATCHER))).isEqualTo("UPDATED");

            JsonObject event = all.await(KillmailIT::pushed, "killmail.new of " + PUSHED);
            assertThat(event.getString("topic")).isEqualTo(LIVE_TOPIC);
            JsonObject payload = event.getJsonObject("payload");
            assertThat(payload.getString("solarSystemName")).isEqualTo("Jita");
            assertThat(payload.getString("regionName")).isEqualTo("The Forge");
            assertThat(payload.getJsonObject("victim").getString("shipTypeName")).isEqualTo("Rifter");
            assertThat(payload.getJsonArray("attackerAllianceIds").toString()).isEqualTo("[99005381]");
            assertThat(payload.getJsonArray("attackerCorporationIds").toString()).isEqualTo("[994783381]");
            inJita.await(KillmailIT::pushed, "killmail.new in Jita");

            engine.runUntilAskedAgain("KILLMAILS", WATCHER); // lists the pushed killmail again
            // a killmail in Domain, synced after that: each socket gets its events in order, so once the marker
            // is there, anything the runs before it announced is there too
            esi.ledger().publicData().killmails().add(variant(real, MARKER, AMARR, RIFTER));
            esi.ledger().character(WATCHER).recentKillmails().prepend(ref(MARKER));
            assertThat(status(engine.runUntilAskedAgain("KILLMAILS", WATCHER))).isEqualTo("UPDATED");
            all.await(message -> announces(message, MARKER), "killmail.new of the marker");
            inDomain.await(message -> announces(message, MARKER), "killmail.new of the marker in Domain");

            assertThat(all.seen().stream().filter(KillmailIT::pushed).count())
                    .as("a stored killmail is not announced again").isEqualTo(1);
            assertThat(inDomain.seen().stream().filter(KillmailIT::pushed)).as("filtered out").isEmpty();
        }
        assertThat(esi.requestCount("/killmails/" + PUSHED + "/" + ref(PUSHED).killmailHash())).isEqualTo(1);
    }

    private static void subscribe(LiveSocket socket, String filter) {
        socket.send("{\"action\":\"subscribe\",\"topic\":\"" + LIVE_TOPIC + "\",\"filter\":" + filter + "}")
                .awaitType("ws.subscribed");
    }

    private static boolean newKillmail(JsonObject message) {
        return "killmail.new".equals(message.getString("type", ""));
    }

    private static boolean pushed(JsonObject message) {
        return announces(message, PUSHED);
    }

    private static boolean announces(JsonObject message, long killmailId) {
        return newKillmail(message)
                && message.getJsonObject("payload").getJsonNumber("killmailId").longValue() == killmailId;
    }

    /** The real killmail again with another id, hash, system, victim ship and a later time. */
    private static String status(JsonObject sync) {
        JsonObject state = sync.getJsonObject("state");
        String error = state.getString("lastError", null);
        return state.getString("lastStatus") + (error == null || error.isEmpty() ? "" : ": " + error);
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("killmails").stream().map(JsonValue::asJsonObject)
                .map(k -> k.getJsonNumber("killmailId").longValue()).toList();
    }

    private static long count(String sql, long id) {
        try (Connection connection = IntegrationEnvironment.database().getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The pilot's own account (not an admin) with the alt linked to it. */
    private Browser pilotWithAlt() {
        return withAlt(loggedIn(PILOT, SCOPES), ALT, SCOPES);
    }

    /**
     * The answer once its names are there: names ESI must supply are looked up in the background when an answer
     * cannot wait for them, and the next answer has them.
     */
    private JsonObject namedOnceResolved(Browser owner, String path,
                                         Function<JsonObject, JsonObject> victim) {
        return Await.until("the victim of " + path + " named", Duration.ofSeconds(30), () -> json(owner.get(path)),
                answer -> !victim.apply(answer).isNull("characterName"));
    }
}
