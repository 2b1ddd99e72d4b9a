package org.eveseat.fake;

import org.eveseat.fake.EsiSpec.Operation;
import org.eveseat.fake.ledger.CharacterLedger;
import org.eveseat.fake.ledger.PublicLedger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.fake.EsiTestClient.header;

/**
 * Every operation of ENDPOINTS.md section 2 (test resources {@code /esi/}) against swagger.json (2026-08-04): the fake serves it at
 * the spec's method and path, answers the spec's success status with a body that validates against the
 * response schema, sends the declared headers (ETag, Cache-Control, Last-Modified on GETs, X-Pages on paginated
 * ones, Content-Language where declared), the operation's cache age and rate-limit group, 304 to its own ETag,
 * 401 without a token, 403 without the scope and 403 without the corporation role.
 */
class FakeEsiConformsToSpecTest {

    static final long PILOT = 2112625428L;
    static final long FRIEND = 90000001L;
    static final List<String> METHOD_ORDER = List.of("GET", "POST", "PUT", "DELETE");

    static EsiSpec spec;
    /** The rows of ENDPOINTS.md section 2. */
    static List<Operation> listed;
    /** Those and every other route the fake serves, each as the spec describes it. */
    static List<Operation> operations;
    static FakeEveSso sso;
    static FakeEsi esi;
    static EsiTestClient client;
    static SchemaValidator validator;
    static String token;
    static final List<String> checked = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        spec = EsiSpec.load();
        validator = new SchemaValidator(spec.schemas());
        sso = new FakeEveSso().start();
        esi = new FakeEsi(sso).start().errorLimit(10_000, Duration.ofMinutes(1));
        listed = spec.operations();
        operations = new ArrayList<>(listed);
        Set<String> keys = listed.stream().map(Operation::toString).collect(Collectors.toSet());
        esi.routes().stream().map(EsiRoute::toString).filter(route -> !keys.contains(route)).distinct()
                .map(EsiSpec::fromTable).forEach(operations::add);
        client = new EsiTestClient(esi);
        esi.ledger().character(PILOT).roles(allRoles().toArray(String[]::new));
        esi.ledger().character(FRIEND);
        token = sso.mintAccessToken(PILOT, allScopes());
    }

    @AfterAll
    static void stop() {
        System.out.println("Checked " + checked.size() + " of " + operations.size() + " operations against "
                + "swagger.json:\n  " + String.join("\n  ", checked));
        esi.stop();
        sso.stop();
    }

    @Test
    void theFakeServesEveryOperationOfTheListAndOnlyOperationsOfTheSpec() {
        Set<String> rows = new HashSet<>(listed.stream().map(Operation::toString).toList());
        Set<String> served = new HashSet<>(esi.routes().stream().map(EsiRoute::toString).toList());
        Set<String> beyondTheList = new HashSet<>(served);
        beyondTheList.removeAll(rows);

        assertThat(listed).as("ENDPOINTS.md section 2, rows in the 2026-08-04 spec").hasSize(88);
        assertThat(served).as("routes of the fake").containsAll(rows);
        assertThat(beyondTheList).as("routes beyond the list (the sync engine's own needs, table operations)")
                .contains("POST /characters/affiliation", "GET /corporations/{corporation_id}", "GET /fw/systems")
                .allMatch(route -> spec.hasOperation(route.split(" ")[0], route.split(" ")[1]));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersAsTheSpecSays() {
        Map<Operation, Call> calls = new LinkedHashMap<>();
        operations.stream().sorted(Comparator.comparingInt(op -> METHOD_ORDER.indexOf(op.method())))
                .forEach(op -> calls.put(op, Call.of(op, esi.ledger())));
        return calls.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey().toString(),
                () -> check(entry.getKey(), entry.getValue())));
    }

    private void check(Operation op, Call call) {
        HttpResponse<String> response = call.send(op.scope() == null ? null : token);
        String context = op + " -> " + response.statusCode() + " " + response.body();

        assertThat(response.statusCode()).as(context).isEqualTo(spec.successStatus(op));
        spec.responseSchema(op).ifPresentOrElse(
                schema -> assertThat(validator.validate(Json.parse(response.body()), schema)).as(context).isEmpty(),
                () -> assertThat(response.body()).as(context).isEmpty());
        checkHeaders(op, response);
        checkRateLimit(op, response);
        checkAuthorization(op, call);
        if (op.method().equals("GET")) {
            assertThat(call.send(op.scope() == null ? null : token, "If-None-Match", header(response, "ETag"))
                    .statusCode()).as(op + " with its own ETag").isEqualTo(304);
        }
        checked.add(op + " " + response.statusCode());
    }

    private static void checkHeaders(Operation op, HttpResponse<String> response) {
        List<String> declared = spec.responseHeaders(op);
        if (declared.contains("Content-Language")) {
            assertThat(header(response, "Content-Language")).isEqualTo("en");
        }
        if (!op.method().equals("GET")) {
            assertThat(response.headers().firstValue("ETag")).as(op + ": writes are not cached").isEmpty();
            return;
        }
        for (String name : List.of("ETag", "Cache-Control", "Last-Modified", "Expires")) {
            assertThat(response.headers().firstValue(name)).as(op + " " + name).isPresent();
        }
        assertThat(response.headers().firstValue("X-Pages").isPresent()).as(op + " X-Pages")
                .isEqualTo(declared.contains("X-Pages")).isEqualTo(op.pages());
        long maxAge = Long.parseLong(header(response, "Cache-Control").replaceAll(".*max-age=", ""));
        if (op.cacheAge() != null) {
            assertThat(maxAge).as(op + " cache age").isEqualTo(op.cacheAge().longValue());
        } else if (op.daily()) {
            assertThat(maxAge).as(op + " expires at the next downtime").isBetween(1L, 86_400L);
        }
    }

    private static void checkRateLimit(Operation op, HttpResponse<String> response) {
        Map<String, Object> rateLimit = spec.rateLimit(op);
        if (rateLimit == null) {
            assertThat(response.headers().firstValue("X-Ratelimit-Group")).as(op + " has no group").isEmpty();
            return;
        }
        assertThat(header(response, "X-Ratelimit-Group")).as(op + " group").isEqualTo(rateLimit.get("group"));
        assertThat(header(response, "X-Ratelimit-Limit")).as(op + " limit")
                .isEqualTo(rateLimit.get("max-tokens") + "/" + rateLimit.get("window-size"));
    }

    private static void checkAuthorization(Operation op, Call call) {
        String scope = spec.scope(op);
        assertThat(scope).as(op + " scope in ENDPOINTS.md and swagger.json").isEqualTo(op.scope());
        if (scope == null) {
            return;
        }
        assertThat(call.send(null).statusCode()).as(op + " without a token").isEqualTo(401);
        Set<String> others = new HashSet<>(allScopes());
        others.remove(scope);
        assertThat(call.send(sso.mintAccessToken(PILOT, others)).statusCode()).as(op + " without " + scope)
                .isEqualTo(403);
        List<String> roles = spec.requiredRoles(op);
        assertThat(roles).as(op + " roles in ENDPOINTS.md and swagger.json").isEqualTo(op.roles());
        if (!roles.isEmpty()) {
            CharacterLedger pilot = esi.ledger().character(PILOT);
            pilot.roles("Station_Manager");
            HttpResponse<String> forbidden = call.send(token);
            pilot.roles(allRoles().toArray(String[]::new));
            assertThat(forbidden.statusCode()).as(op + " without " + roles).isEqualTo(403);
            assertThat(Json.parse(forbidden.body())).as(op + " error")
                    .isEqualTo(Map.of("error", EsiAuthorizer.MISSING_ROLES, "status", 403L));
        }
    }

    private static Set<String> allScopes() {
        Set<String> scopes = new HashSet<>();
        operations.stream().map(Operation::scope).filter(s -> s != null).forEach(scopes::add);
        return scopes;
    }

    private static Set<String> allRoles() {
        Set<String> roles = new HashSet<>();
        operations.forEach(op -> roles.addAll(op.roles()));
        return roles;
    }

    /** A request for one operation, with path values, query and body that the default ledger knows. */
    record Call(String method, String pathAndQuery, String body) {

        static Call of(Operation op, FakeLedger ledger) {
            CharacterLedger pilot = ledger.character(PILOT);
            long corporation = pilot.corporationId();
            boolean publicContract = op.path().startsWith("/contracts/public/");
            long contract = publicContract ? ledger.publicData().publicContracts(10000002L).all().get(0).contractId()
                    : op.path().startsWith("/corporations") ? ledger.corporation(corporation).contracts().all().get(0)
                    .contractId() : pilot.contracts().all().get(0).contractId();
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("character_id", PILOT);
            values.put("corporation_id", op.path().startsWith("/loyalty") ? 1000035L : corporation);
            values.put("alliance_id", ledger.corporation(corporation).allianceId());
            values.put("mail_id", pilot.mails().all().get(0).mailId());
            values.put("label_id", 17);
            values.put("event_id", pilot.calendar().all().get(0).eventId());
            values.put("contract_id", contract);
            values.put("division", 1);
            values.put("planet_id", pilot.planets().all().get(0).planetId());
            values.put("schematic_id", 65);
            values.put("war_id", 1941);
            values.put("killmail_id", PublicLedger.REAL_KILLMAIL.killmailId());
            values.put("killmail_hash", PublicLedger.REAL_KILLMAIL.killmailHash());
            values.put("region_id", 10000002L);
            values.put("structure_id", op.path().startsWith("/markets") ? 1035466617946L : 1000000000001L);
            values.put("system_id", 30000142L);
            values.put("stargate_id", 50000342L);
            values.put("constellation_id", 20000020L);
            values.put("station_id", 60003760L);
            values.put("type_id", 587);
            values.put("origin_system_id", 30000142L);
            values.put("destination_system_id", 30002187L);
            String path = op.path();
            for (Map.Entry<String, Object> value : values.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
            }
            return new Call(op.method(), path + query(op, pilot), body(op));
        }

        private static String query(Operation op, CharacterLedger pilot) {
            return switch (op.toString()) {
                case "GET /markets/{region_id}/orders" -> "?order_type=all";
                case "GET /markets/{region_id}/history" -> "?type_id=34";
                case "POST /characters/{character_id}/contacts", "PUT /characters/{character_id}/contacts" ->
                        "?standing=5&watched=true&label_ids=1";
                case "DELETE /characters/{character_id}/contacts" ->
                        "?contact_ids=" + pilot.contacts().all().get(0).contactId();
                default -> "";
            };
        }

        private static String body(Operation op) {
            return switch (op.toString()) {
                case "POST /characters/{character_id}/mail" -> "{\"approved_cost\":0,\"body\":\"o7\",\"recipients\":"
                        + "[{\"recipient_id\":" + FRIEND + ",\"recipient_type\":\"character\"}],\"subject\":\"Hi\"}";
                case "PUT /characters/{character_id}/mail/{mail_id}" -> "{\"read\":true,\"labels\":[1]}";
                case "POST /characters/{character_id}/mail/labels" -> "{\"name\":\"Conformance\",\"color\":\"#ff6600\"}";
                case "POST /characters/{character_id}/contacts", "PUT /characters/{character_id}/contacts" ->
                        "[95000001]";
                case "PUT /characters/{character_id}/calendar/{event_id}" -> "{\"response\":\"accepted\"}";
                case "POST /characters/affiliation" -> "[" + PILOT + "]";
                case "POST /universe/names" -> "[30000142,587," + PILOT + "]";
                case "POST /universe/ids" -> "[\"Jita\",\"Tritanium\"]";
                case "POST /route/{origin_system_id}/{destination_system_id}" -> "{\"preference\":\"Shorter\"}";
                default -> null;
            };
        }

        HttpResponse<String> send(String accessToken, String... headers) {
            return client.send(method, pathAndQuery, accessToken, body, headers);
        }
    }
}
