package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.eveseat.fake.ledger.Contract;
import org.junit.jupiter.api.Test;

/**
 * Contracts end to end on Payara Micro: the scheduler's sync from the fake ESI into PostgreSQL, filtered keyset
 * listing, a courier contract's route from the static data, items and bids, the public search after the
 * public-contracts job, and the refusals.
 */
class ContractsIT extends DeployedWar {
    private static final Set<String> CONTRACT_SCOPES = Set.of("publicData", "esi-contracts.read_character_contracts.v1");
    private static final long OTHER = 95465499L;
    private static final long THE_FORGE = 10000002L;
    private static final long JITA_4_4 = 60003760L;
    private static final long AMARR_VIII = 60008494L;
    private static final long TO_AMARR = 215_428_100L;
    private static final String CONTRACTS = "api/v1/characters/" + MAIN + "/contracts";
    /** The types the fake ESI puts into contracts. */
    private static final Map<Long, String> TYPE_NAMES = Map.of(34L, "Tritanium", 35L, "Pyerite", 36L, "Mexallon",
            587L, "Rifter", 603L, "Merlin", 24698L, "Drake", 29984L, "Tengu");

    @Test
    void contractsAreSyncedThenListedFilteredAndPagedWithItemsBidsAndACouriersRoute() {
        Browser main = loggedIn(MAIN, "Main Pilot", "owner-main", CONTRACT_SCOPES);
        LiveSocket alerts = LiveSocket.open(uri(), main.sessionToken().orElseThrow())
                .subscribe("character." + MAIN + ".alerts");
        alerts.awaitType("ws.subscribed");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        esi.ledger().character(MAIN).contracts().prepend(new Contract(TO_AMARR, MAIN, 98000001L, OTHER, 0, "courier",
                "outstanding", "personal", false, "Freight to Amarr", now.minusSeconds(60), now.plus(Duration.ofHours(12)),
                null, null, 3L, JITA_4_4, AMARR_VIII, 0.0, 5_000_000.0, 100_000_000.0, null, 12_000.0,
                List.of(Contract.Item.of(TO_AMARR * 10, 34, 1000)), List.of()));
        List<Contract> ledger = esi.ledger().character(MAIN).contracts().all();

        assertThat(runSync(main, "CONTRACTS", MAIN)).isIn("UPDATED", "UNCHANGED", "NOT_DUE");
        try (alerts) {
            // the courier expires in 12 hours: pushed once on the owner's alerts
            JsonObject expiring = alerts.awaitEvent("contract.expiring", "character." + MAIN + ".alerts")
                    .getJsonObject("payload").getJsonArray("contracts").stream().map(JsonValue::asJsonObject)
                    .filter(c -> c.getJsonNumber("contractId").longValue() == TO_AMARR).findFirst().orElseThrow();
            assertThat(expiring.getString("title")).isEqualTo("Freight to Amarr");
            assertThat(expiring.getString("dateExpired")).isEqualTo(now.plus(Duration.ofHours(12)).toString());
        }

        JsonObject first = json(main.get(CONTRACTS + "?limit=3"));
        JsonObject rest = json(main.get(CONTRACTS + "?limit=100&after=" + first.getString("next")));
        assertThat(ids(first)).hasSize(3).first().isEqualTo(TO_AMARR);
        assertThat(rest.isNull("next")).isTrue();
        assertThat(List.of(ids(first), ids(rest)).stream().flatMap(List::stream).toList())
                .containsExactlyInAnyOrderElementsOf(ledger.stream().map(Contract::contractId).toList());

        assertThat(ids(json(main.get(CONTRACTS + "?type=courier")))).hasSize(3).contains(TO_AMARR);
        assertThat(ids(json(main.get(CONTRACTS + "?status=outstanding&sort=expires")))).containsExactlyElementsOf(
                ledger.stream().filter(c -> c.status().equals("outstanding"))
                        .sorted((a, b) -> a.dateExpired().compareTo(b.dateExpired())).map(Contract::contractId)
                        .toList());
        assertThat(ids(json(main.get(CONTRACTS + "?location=" + AMARR_VIII + "&expiringWithin=P1D&assignee=" + OTHER))))
                .containsExactly(TO_AMARR);
        assertThat(ids(json(main.get(CONTRACTS + "?minPrice=1000000000000")))).isEmpty();

        JsonObject courier = json(main.get(CONTRACTS + "/" + TO_AMARR));
        assertThat(courier.getString("type")).isEqualTo("courier");
        assertThat(courier.getJsonNumber("collateral").doubleValue()).isEqualTo(100_000_000.0);
        assertThat(courier.getJsonObject("route").toString())
                .isEqualTo("{\"startSystemId\":30000142,\"startSystemName\":\"Jita\",\"endSystemId\":30002187,"
                        + "\"endSystemName\":\"Amarr\",\"jumps\":11}");
        JsonObject item = json(main.get(CONTRACTS + "/" + TO_AMARR + "/items")).getJsonArray("items").getJsonObject(0);
        assertThat(item.getJsonNumber("typeId").longValue()).isEqualTo(34);
        assertThat(item.getJsonNumber("quantity").longValue()).isEqualTo(1000);

        Contract auction = ledger.stream().filter(c -> c.type().equals("auction")).findFirst().orElseThrow();
        JsonObject auctionDetails = json(main.get(CONTRACTS + "/" + auction.contractId()));
        assertThat(auctionDetails.isNull("route")).isTrue();
        JsonArray bids = json(main.get(CONTRACTS + "/" + auction.contractId() + "/bids")).getJsonArray("bids");
        assertThat(bids).hasSize(auction.bids().size());
        assertThat(bids.getJsonObject(0).getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("1000000.23");
    }

    @Test
    void publicContractsAreSearchedByRegionTypeAndItemTypeName() {
        Browser main = loggedIn(MAIN, "Main Pilot", "owner-main", CONTRACT_SCOPES);
        // alone: a pass that read MAIN's contracts now would leave ESI's answer fresh for the contracts test
        assertThat(EngineApi.aloneOnTheSchedule("PUBLIC_CONTRACTS", THE_FORGE,
                () -> runSync(main, "PUBLIC_CONTRACTS", THE_FORGE))).isIn("UPDATED", "UNCHANGED", "NOT_DUE");
        List<Contract> listed = esi.ledger().publicData().publicContracts(THE_FORGE).all();

        JsonObject all = search(main, "{\"regionId\": " + THE_FORGE + ", \"limit\": 100}");
        assertThat(ids(all)).containsAll(listed.stream().map(Contract::contractId).toList());
        assertThat(ids(search(main, "{\"regionId\": " + THE_FORGE + ", \"type\": \"auction\", \"limit\": 100}")))
                .containsAll(listed.stream().filter(c -> c.type().equals("auction")).map(Contract::contractId).toList())
                .doesNotContainAnyElementsOf(listed.stream().filter(c -> !c.type().equals("auction"))
                        .map(Contract::contractId).toList());

        Contract first = listed.get(0);
        String name = TYPE_NAMES.get(first.items().get(0).typeId());
        JsonObject named = search(main, "{\"regionId\": " + THE_FORGE + ", \"itemTypeName\": \""
                + name.toLowerCase().substring(1) + "\", \"limit\": 100}");
        assertThat(ids(named)).contains(first.contractId())
                .doesNotContainAnyElementsOf(listed.stream().filter(c -> c.items().get(0).typeId()
                        != first.items().get(0).typeId()).map(Contract::contractId).toList());
        JsonObject page = search(main, "{\"regionId\": " + THE_FORGE + ", \"limit\": 2}");
        assertThat(ids(page)).hasSize(2);
        assertThat(ids(search(main, "{\"regionId\": " + THE_FORGE + ", \"limit\": 100, \"after\": "
                + page.getJsonNumber("next").longValue() + "}"))).doesNotContainAnyElementsOf(ids(page));
    }

    @Test
    void othersAnonymousCallersAndBadInputAreRefusedWithProblems() {
        Browser other = loggedIn(OTHER, "Other Pilot", "owner-other", CONTRACT_SCOPES);
        assertProblem(other.get(CONTRACTS), 404);
        assertProblem(other.get(CONTRACTS + "/" + TO_AMARR), 404);
        assertProblem(other.get(CONTRACTS + "/" + TO_AMARR + "/items"), 404);
        assertProblem(browser().get(CONTRACTS), 401);
        assertProblem(browser().send("POST", "api/v1/contracts/search", "{\"regionId\": " + THE_FORGE + "}"), 401);

        Browser main = loggedIn(MAIN, "Main Pilot", "owner-main", CONTRACT_SCOPES);
        assertProblem(main.get(CONTRACTS + "/1"), 404);
        for (String bad : List.of("limit=abc", "limit=101", "sort=title", "type=barter", "status=lost",
                "minPrice=cheap", "minPrice=10&maxPrice=5", "expiringWithin=soon", "after=yesterday", "issuer=-1")) {
            assertProblem(main.get(CONTRACTS + "?" + bad), 400);
        }
        assertProblem(main.get(CONTRACTS + "/abc"), 400);
        assertProblem(main.get("api/v1/characters/abc/contracts"), 400);

        // a corporation's contracts: its Directors and Contract Managers and admins (MAIN is admin); not a stranger
        String corporation = "api/v1/corporations/98000001/contracts";
        HttpResponse<String> asAdmin = main.get(corporation);
        assertThat(asAdmin.statusCode()).as(asAdmin.body()).isEqualTo(200);
        assertThat(asAdmin.body()).contains("\"contracts\"");
        assertProblem(other.get(corporation), 404);
        assertProblem(main.get("api/v1/corporations/abc/contracts"), 400);
        for (String bad : List.of("not json", "{}", "{\"regionId\": \"Forge\"}", "{\"regionId\": 10000002, "
                + "\"itemTypeName\": \"ab\"}", "{\"regionId\": 10000002, \"limit\": 0}")) {
            assertProblem(main.send("POST", "api/v1/contracts/search", bad), 400);
        }
    }

    /** Makes a sync due, runs a scheduler pass and waits until the schedule shows its outcome (a job's at its end). */
    /** Runs the sync now and waits until it has run again (an earlier test's pass may have run it before). */
    private static String runSync(Browser admin, String endpoint, long owner) {
        JsonObject state = new EngineApi(admin).runAndAwait(endpoint, owner).getJsonObject("state");
        String error = state.getString("lastError", null);
        return state.getString("lastStatus") + (error == null ? "" : ": " + error);
    }

    private JsonObject search(Browser browser, String body) {
        return json(browser.send("POST", "api/v1/contracts/search", body));
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("contracts").stream().map(JsonValue::asJsonObject)
                .map(c -> c.getJsonNumber("contractId").longValue()).toList();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.headers().firstValue("Content-Type")).as(response.body())
                .contains("application/problem+json");
        assertThat(json(response).getInt("status")).isEqualTo(status);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return EngineApi.object(response);
    }
}
