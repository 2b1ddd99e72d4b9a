package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.eveseat.it.HostilePlan.Probe;
import org.eveseat.it.HostilePlan.Slot;
import org.junit.jupiter.api.Test;

/**
 * Every slot of every operation of the server's own OpenAPI document, filled with hostile values and sent
 * anonymously, as a user and as an admin (with the server's own Origin on state-changing requests): no answer is
 * a 5xx, every error is an RFC 9457 problem (but what Payara answers itself, {@link ConnectorRefusal}: a 4xx
 * naming nothing), and a slot whose requests were all refused left every stored table
 * as it was (see {@link StoredState} for the tables left out).
 */
class HostileInputIT extends DeployedWar {
    private static final long ADMIN = 2112625428L;
    private static final long USER = 90_016_016L;
    private static final Set<String> USER_SCOPES = Set.of("publicData", "esi-wallet.read_character_wallet.v1",
            "esi-mail.read_mail.v1", "esi-mail.send_mail.v1", "esi-mail.organize_mail.v1",
            "esi-contracts.read_character_contracts.v1", "esi-characters.read_contacts.v1",
            "esi-characters.write_contacts.v1", "esi-calendar.read_calendar_events.v1",
            "esi-calendar.respond_calendar_events.v1", "esi-killmails.read_killmails.v1");
    private static final int PARALLEL = 4;

    private static final String ACCEPTED = "accepted";
    private static final String REFUSED = "refused";

    private record Identity(String name, String session, int window) {
    }

    /** One request: who sends which probe into which slot. */
    private record Shot(Identity identity, Slot slot, Probe probe) {
        @Override
        public String toString() {
            return identity.name() + " " + slot.operation().key() + " " + slot.name() + " = " + probe.label();
        }
    }

    @Test
    void everyHostileValueInEverySlotIsRefusedWithAProblemAndChangesNothingStored() throws Exception {
        long started = System.nanoTime();
        // who sends, and how much of each slot's window: the user's own data reaches the most code
        List<Identity> identities = List.of(new Identity("anonymous", null, 0),
                new Identity("user", session(USER, "Hostile Pilot", USER_SCOPES), HostilePlan.WINDOW),
                new Identity("admin", session(ADMIN, "Main Pilot", Set.of("publicData")), 12));
        List<Slot> slots = HostilePlan.of(OpenApiDocument.fetch(uri()),
                Map.of("characterId", Long.toString(USER), "ownerId", Long.toString(USER), "kind", "characters",
                        "endpoint", "WALLET_BALANCE"), "1");
        SocketHttp http = new SocketHttp(uri());
        StoredState stored = StoredState.ofDatabase();
        List<String> offences = new ArrayList<>();
        int requests = 0;
        int checked = 0;
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            Map<String, String> before = stored.fingerprint();
            assertThat(before).as("the fingerprint covers the stored data").containsKeys("account", "mail_header",
                    "contact", "contract", "wallet_journal", "killmail");
            for (Slot slot : slots) {
                List<Shot> shots = identities.stream().flatMap(identity -> slot.probes(identity.window()).stream()
                        .map(probe -> new Shot(identity, slot, probe))).toList();
                List<String> verdicts = fire(pool, http, shots);
                requests += shots.size();
                verdicts.stream().filter(v -> !v.equals(ACCEPTED) && !v.equals(REFUSED)).forEach(offences::add);
                List<Shot> refused = IntStream.range(0, shots.size()).filter(i -> !verdicts.get(i).equals(ACCEPTED))
                        .mapToObj(shots::get).toList();
                Map<String, String> after = stored.fingerprint();
                boolean alone = refused.size() == shots.size();
                if (!alone && !refused.isEmpty()) {
                    // others were accepted and may have stored something: the refused ones go again, on their own
                    before = after;
                    alone = !fire(pool, http, refused).contains(ACCEPTED);
                    requests += refused.size();
                    after = stored.fingerprint();
                }
                List<String> changed = StoredState.changed(before, after);
                checked += alone ? refused.size() : 0;
                if (alone && !refused.isEmpty() && !changed.isEmpty()) {
                    offences.add(slot.operation().key() + " " + slot.name() + ": refused requests changed stored "
                            + "tables " + changed + ": " + refused.stream().map(Shot::toString).toList());
                }
                before = after;
            }
        } finally {
            pool.shutdownNow();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        String summary = slots.stream().map(s -> s.operation().key()).distinct().count() + " operations, "
                + slots.size() + " slots, " + requests + " requests (" + checked + " refused ones checked for stored "
                + "changes) in " + seconds + " s";
        System.out.println("Hostile input: " + summary);
        assertThat(offences).withFailMessage("%s; %d offending requests (identity method path slot = value: "
                + "answer):%n%s", summary, offences.size(), String.join("\n", offences)).isEmpty();
    }

    private static List<String> fire(ExecutorService pool, SocketHttp http, List<Shot> shots) throws Exception {
        List<Future<String>> answers = new ArrayList<>();
        for (Shot shot : shots) {
            answers.add(pool.submit(() -> judge(http, shot)));
        }
        List<String> verdicts = new ArrayList<>();
        for (Future<String> answer : answers) {
            verdicts.add(answer.get());
        }
        return verdicts;
    }

    /** "accepted", "refused" or the offence: a 5xx, an error that is no problem+json, or no answer at all. */
    private static String judge(SocketHttp http, Shot shot) {
        String session = shot.identity().session();
        Slot slot = shot.slot();
        Probe probe = shot.probe();
        String request = shot.toString();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (session != null) {
            headers.put("Cookie", "eveseat_session=" + session);
        }
        if (!slot.operation().method().equals("GET")) {
            headers.put("Origin", http.origin());
        }
        if (probe.contentType() != null) {
            headers.put("Content-Type", probe.contentType());
        }
        try {
            SocketHttp.Answer answer = http.send(slot.operation().method(), probe.target(), headers, probe.body());
            if (answer.status() < 400) {
                return ACCEPTED;
            }
            if (ConnectorRefusal.of(probe.target()).isPresent()) {
                // answered by Payara before any code of ours: a 4xx naming nothing is all it can be
                return ConnectorRefusal.acceptable(answer.status(), answer.body()) ? REFUSED : request + ": "
                        + answer.status() + " (" + ConnectorRefusal.of(probe.target()).get() + ") "
                        + excerpt(answer.body());
            }
            String problem = problemStatus(answer);
            return answer.status() < 500 && problem.equals(Integer.toString(answer.status())) ? REFUSED
                    : request + ": " + answer.status() + " " + answer.contentType() + " " + problem + " "
                    + excerpt(answer.body());
        } catch (IOException | RuntimeException e) {
            return request + ": no answer (" + e + ")";
        }
    }

    /** The problem's status member, or what is wrong with the answer as a problem. */
    private static String problemStatus(SocketHttp.Answer answer) {
        if (!answer.contentType().startsWith("application/problem+json")) {
            return "(not problem+json)";
        }
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            JsonObject problem = reader.readObject();
            return problem.containsKey("status") ? problem.get("status").toString() : "(problem without status)";
        } catch (RuntimeException e) {
            return "(problem body is no JSON object)";
        }
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }

    private String session(long characterId, String name, Set<String> scopes) {
        Browser browser = browser();
        sso.loginAs(characterId, name, "owner-" + (characterId == ADMIN ? "main" : characterId), scopes);
        assertThat(browser.logIn().statusCode()).as("login redirect").isEqualTo(303);
        return browser.sessionToken().orElseThrow();
    }
}
