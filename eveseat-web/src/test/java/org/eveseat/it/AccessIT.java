package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.it.ApiResponses.assertProblem;
import static org.eveseat.it.ApiResponses.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;

import org.eveseat.fake.ledger.Killmail;
import org.junit.jupiter.api.Test;

/**
 * Who may do and see what once a session is in the browser: a logout closes the session's sockets, a killmail
 * event reaches only the accounts the API would show it to (live and replayed), an admin role taken away leaves
 * the admin topics, state changes from foreign pages are refused, and every answer carries the security headers.
 * The characters are this test's own; MAIN is the admin.
 */
class AccessIT extends DeployedWar {
    private static final Set<String> SCOPES = Set.of("publicData", "esi-wallet.read_character_wallet.v1",
            "esi-killmails.read_killmails.v1");
    private static final long PILOT = 2112001601L;
    private static final long STRANGER = 2112001602L;
    private static final long DEPUTY = 2112001603L;
    private static final long HIDDEN_KILL = 130_001_601L;
    private static final String EVIL = "https://evil.example";

    @Test
    void aLogoutClosesTheSessionsSocketsAndItsTokenOpensNoOther() {
        Browser pilot = loggedIn(PILOT);
        String token = token(pilot);
        Browser otherTab = loggedIn(PILOT);
        try (LiveSocket byCookie = LiveSocket.open(uri(), token); LiveSocket byMessage = LiveSocket.open(uri(), null);
             LiveSocket otherSession = LiveSocket.open(uri(), token(otherTab))) {
            byCookie.awaitType("ws.welcome");
            byCookie.subscribe("character." + PILOT + ".wallet").awaitType("ws.subscribed");
            byMessage.send("{\"action\":\"auth\",\"token\":\"" + token + "\"}").awaitType("ws.welcome");
            otherSession.awaitType("ws.welcome");

            assertThat(pilot.from(origin()).post("api/v1/auth/logout").statusCode()).isEqualTo(204);

            assertThat(byCookie.awaitClose()).isEqualTo(1008);
            assertThat(byMessage.awaitClose()).isEqualTo(1008);
            otherSession.send("{\"action\":\"ping\"}").awaitType("ws.pong");
        }
        try (LiveSocket afterwards = LiveSocket.open(uri(), token)) {
            afterwards.subscribe("character." + PILOT + ".wallet");
            assertThat(afterwards.awaitClose()).isEqualTo(1008);
            assertThat(afterwards.seen()).noneMatch(m -> m.getString("type").startsWith("ws.welcome")
                    || m.getString("type").equals("ws.subscribed"));
        }
    }

    @Test
    void aKillmailReachesOnlyTheAccountsThatMayReadItLiveAndReplayed() {
        Browser admin = admin();
        Browser owner = loggedIn(PILOT);
        Browser stranger = loggedIn(STRANGER);
        Killmail real = esi.ledger().publicData().killmails().all().get(0);
        esi.ledger().publicData().killmails().add(KillmailVariants.variant(real, HIDDEN_KILL, 30000142L, 587L));
        esi.ledger().character(PILOT).recentKillmails().prepend(KillmailVariants.ref(HIDDEN_KILL));
        try (LiveSocket ownerLive = subscribed(owner); LiveSocket strangerLive = subscribed(stranger);
             LiveSocket adminLive = subscribed(admin)) {
            assertThat(new EngineApi(admin).runAndAwait("KILLMAILS", PILOT).getJsonObject("state")
                    .getString("lastStatus")).isEqualTo("UPDATED");

            ownerLive.await(AccessIT::hiddenKill, "the owner's killmail");
            adminLive.await(AccessIT::hiddenKill, "the killmail, for an admin");
            announce(admin, "after the killmail");
            strangerLive.await(m -> announcement(m, "after the killmail"), "the announcement after the killmail");
            assertThat(strangerLive.seen()).as("events come in order: the killmail would be here by now")
                    .noneMatch(AccessIT::hiddenKill);
        }
        assertProblem(stranger.get("api/v1/killmails/" + HIDDEN_KILL), 404);
        assertThat(replayed(stranger)).noneMatch(AccessIT::hiddenKill);
        assertThat(replayed(owner)).anyMatch(AccessIT::hiddenKill);
    }

    @Test
    void anAccountThatLosesAdminLeavesTheAdminTopicsAndItsTokenNoLongerActsAsAdmin() {
        Browser admin = admin();
        long deputyAccount = json(loggedIn(DEPUTY).get("api/v1/auth/me")).getJsonNumber("accountId").longValue();
        FacesForm.in(admin.get("admin/settings.xhtml").body(), "admins")
                .press("data-account", Long.toString(deputyAccount)).submit(admin);
        Browser deputy = loggedIn(DEPUTY);
        assertThat(deputy.get("api/v1/admin/jobs").statusCode()).as("admin with this login").isEqualTo(200);
        try (LiveSocket socket = LiveSocket.open(uri(), token(deputy))) {
            socket.awaitType("ws.welcome");
            socket.subscribe("jobs").awaitType("ws.subscribed");
            socket.subscribe("announcements").awaitType("ws.subscribed");

            HttpResponse<String> revoked = FacesForm.in(admin.get("admin/settings.xhtml").body(), "admins")
                    .press("data-account", Long.toString(deputyAccount)).submit(admin);
            assertThat(revoked.body()).contains("is no longer admin");

            JsonObject left = socket.await(m -> "ws.error".equals(m.getString("type")) && "jobs".equals(
                    m.getString("topic", null)), "the jobs topic taken away");
            assertThat(left.getInt("status")).isEqualTo(403);
            socket.subscribe("jobs");
            assertThat(socket.awaitType("ws.error").getInt("status")).isEqualTo(403);
            socket.send("{\"action\":\"ping\"}").awaitType("ws.pong");
        }
        assertProblem(deputy.get("api/v1/admin/jobs"), 403);
        assertThat(deputy.get("admin/users.xhtml").statusCode()).isEqualTo(403);
    }

    @Test
    void cookieAuthenticatedChangesFromForeignPagesAreRefusedAndChangeNothing() {
        Browser admin = admin();
        try (LiveSocket listening = subscribed(admin)) {
            assertProblem(admin.from(EVIL).send("POST", "api/v1/admin/live/announcements",
                    "{\"message\":\"forged\"}"), 403);
            assertProblem(admin.from("null").post("api/v1/admin/sync/run"), 403);
            assertProblem(post("api/v1/admin/live/announcements", List.of("Cookie", "eveseat_session=" + token(admin),
                    "Referer", EVIL + "/page"), "{\"message\":\"forged by referer\"}"), 403);
            assertThat(post("api/v1/admin/live/announcements", List.of("Authorization", "Bearer " + token(admin),
                    "Origin", EVIL), "{\"message\":\"by an API client\"}").statusCode()).isEqualTo(202);
            assertThat(admin.from(origin()).send("POST", "api/v1/admin/live/announcements",
                    "{\"message\":\"from our page\"}").statusCode()).isEqualTo(202);

            listening.await(m -> announcement(m, "from our page"), "the same-origin announcement");
            assertThat(listening.seen()).filteredOn(m -> "announcement".equals(m.getString("type")))
                    .extracting(m -> m.getJsonObject("payload").getString("message"))
                    .containsExactly("by an API client", "from our page");
        }

        Browser pilot = loggedIn(PILOT);
        assertProblem(pilot.from(EVIL).post("api/v1/auth/logout"), 403);
        assertThat(pilot.from(origin()).get("api/v1/auth/me").statusCode()).as("still logged in").isEqualTo(200);

        long pilotAccount = json(pilot.get("api/v1/auth/me")).getJsonNumber("accountId").longValue();
        HttpResponse<String> forged = FacesForm.in(admin.from(origin()).get("admin/settings.xhtml").body(), "admins")
                .press("data-account", Long.toString(pilotAccount)).submit(admin.from(EVIL));
        assertProblem(forged, 403);
        assertThat(loggedIn(PILOT).get("admin/users.xhtml").statusCode()).as("not made admin").isEqualTo(403);
    }

    @Test
    void answersCarryTheSecurityHeadersAndCookiesAreSameSite() {
        for (HttpResponse<String> answer : List.of(browser().get("api/v1/auth/config"), browser().get(""),
                browser().get("admin/users.xhtml"), browser().get("api/v1/killmails"))) {
            String what = answer.request().uri() + " " + answer.statusCode();
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(what).get().asString()
                    .contains("script-src 'self';").contains("https://images.evetech.net")
                    .doesNotContain("unsafe-eval");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(what).contains("same-origin");
            assertThat(answer.headers().firstValue("Server")).as(what).isEmpty();
            assertThat(answer.headers().firstValue("X-Powered-By")).as(what).isEmpty();
        }
        assertThat(browser().get("api/v1/auth/config").headers().firstValue("Cache-Control")).contains("no-store");

        sso.loginAs(PILOT, "Pilot " + PILOT, "owner-" + PILOT, SCOPES);
        Browser browser = browser();
        HttpResponse<String> toSso = browser.get("api/v1/auth/login");
        assertThat(toSso.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID"))
                .isNotEmpty().allSatisfy(c -> assertThat(c).containsIgnoringCase("SameSite=Lax")
                        .containsIgnoringCase("HttpOnly"));
        HttpResponse<String> callback = browser.get(Browser.location(browser.get(Browser.location(toSso))));
        assertThat(callback.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("eveseat_session"))
                .singleElement().asString().containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
    }

    @Test
    void theHostHeaderDoesNotChooseTheLoginCallback() throws IOException {
        URI config = uri().resolve("api/v1/auth/config");
        try (Socket http = new Socket(config.getHost(), config.getPort())) {
            http.getOutputStream().write(("GET " + config.getRawPath() + " HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(http.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 200").doesNotContain("evil.example")
                    .contains("\"callbackUrl\":\"" + uri().resolve("api/v1/auth/callback") + "\"");
        }
    }

    @Test
    void metricsAndTheOpenApiDocumentArePublicAndNameNoAccount() {
        long account = json(loggedIn(PILOT).get("api/v1/auth/me")).getJsonNumber("accountId").longValue();
        HttpResponse<String> openApi = browser().get(uri().resolve("/openapi").toString());
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/v1/auth/config");
        HttpResponse<String> metrics = browser().get(uri().resolve("/metrics").toString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).doesNotContain(Long.toString(PILOT)).doesNotContain("account=\"" + account);
    }

    private static boolean hiddenKill(JsonObject message) {
        return "killmail.new".equals(message.getString("type", ""))
                && message.getJsonObject("payload").getJsonNumber("killmailId").longValue() == HIDDEN_KILL;
    }

    private static boolean announcement(JsonObject message, String text) {
        return "announcement".equals(message.getString("type", ""))
                && text.equals(message.getJsonObject("payload").getString("message"));
    }

    private LiveSocket subscribed(Browser browser) {
        LiveSocket socket = LiveSocket.open(uri(), token(browser));
        socket.awaitType("ws.welcome");
        socket.subscribe("killmails").awaitType("ws.subscribed");
        socket.subscribe("announcements").awaitType("ws.subscribed");
        return socket;
    }

    /** Everything the feed still holds that this account may receive on the killmail topic. */
    private List<JsonObject> replayed(Browser browser) {
        try (LiveSocket socket = LiveSocket.open(uri(), token(browser))) {
            socket.awaitType("ws.welcome");
            socket.subscribe("killmails").awaitType("ws.subscribed");
            socket.send("{\"action\":\"resume\",\"lastEventId\":0}").awaitType("ws.resumed");
            return socket.seen();
        }
    }

    private static void announce(Browser admin, String message) {
        assertThat(admin.send("POST", "api/v1/admin/live/announcements", "{\"message\":\"" + message + "\"}")
                .statusCode()).isEqualTo(202);
    }

    private HttpResponse<String> post(String path, List<String> headers, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri().resolve(path)).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** This server's origin, as its own pages send it. */
    /** A pilot's own account, once the admin's exists. */
    private Browser loggedIn(long characterId) {
        admin();
        return loggedIn(characterId, SCOPES);
    }

    private static String token(Browser browser) {
        return browser.sessionToken().orElseThrow();
    }
}
