package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * The first vertical slice on a real Payara Micro with the real WAR: EVE SSO login (fake SSO), wallet balance
 * sync (fake ESI) into PostgreSQL, read back through the REST API, and the ways a caller can be refused. Each
 * test logs in what it reads; the balance and the token's refresh and revocation are of pilots of their own.
 */
class LoginAndWalletBalanceIT extends DeployedWar {
    private static final String WALLET_SCOPE = "esi-wallet.read_character_wallet.v1";
    private static final Set<String> SCOPES = Set.of("publicData", WALLET_SCOPE);
    private static final long OTHER = 95465499L;
    private static final long OTHER_ALT = 95465500L;
    /** Pilots of their own: a cached balance or a revoked token of theirs changes no other test. */
    private static final long SAVER = 2112001711L;
    private static final long REVOKED = 2112001712L;

    @Test
    void firstLoginCreatesTheAdminAccountAndSetsAHardenedCookie() {
        Browser browser = browser();
        assertThat(json(browser.get("api/v1/auth/config")).getBoolean("ssoConfigured")).isTrue();
        sso.loginAs(MAIN, "Main Pilot", "owner-main", SCOPES);

        HttpResponse<String> toSso = browser.get("api/v1/auth/login");
        assertThat(toSso.statusCode()).isEqualTo(303);
        assertThat(Browser.location(toSso)).startsWith(sso.authorizeUrl())
                .contains("code_challenge_method=S256", "code_challenge=", "state=", "client_id=" + sso.clientId())
                .contains("redirect_uri=" + java.net.URLEncoder.encode(base + "api/v1/auth/callback",
                        java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> callback = browser.get(Browser.location(browser.get(Browser.location(toSso))));

        assertThat(callback.statusCode()).isEqualTo(303);
        assertThat(callback.headers().firstValue("Set-Cookie")).get().asString()
                .contains("eveseat_session=", "HttpOnly", "SameSite=Lax", "Path=/");
        JsonObject me = json(browser.get("api/v1/auth/me"));
        assertThat(me.getBoolean("admin")).isTrue();
        assertThat(character(me, MAIN).getBoolean("tokenValid")).isTrue();
    }

    @Test
    void balanceIsSyncedFromEsiStoredAndServedHonouringExpires() {
        esi.cacheSeconds(Duration.ofSeconds(3));
        esi.ledger().setWalletBalance(SAVER, new BigDecimal("29500.01"));
        Browser browser = loggedIn(SAVER, "Saving Pilot", "owner-saver", SCOPES);
        String path = "/characters/" + SAVER + "/wallet";

        // the login's first sync may have read it already; either way this node has not called before Expires
        assertThat(syncStatus(browser, SAVER)).isIn("UPDATED", "NOT_DUE");
        JsonObject balance = json(browser.get("api/v1/wallet/balance/" + SAVER));
        assertThat(balance.getString("balance")).isEqualTo("29500.01");
        assertThat(esi.lastUserAgent()).isEqualTo("EVESeat-IT/1.0");

        int callsBefore = esi.requestCount(path);
        assertThat(syncStatus(browser, SAVER)).isEqualTo("NOT_DUE");
        assertThat(esi.requestCount(path)).as("no ESI call before Expires").isEqualTo(callsBefore);

        assertThat(syncUntilAskedAgain(browser, SAVER))
                .as("same data after expiry: If-None-Match gives 304").isEqualTo("UNCHANGED");

        esi.failNext(1, 503);
        assertThat(syncUntilAskedAgain(browser, SAVER)).as("one 503 is retried away").isEqualTo("UNCHANGED");

        esi.failNext(3, 503);
        assertThat(syncUntilAskedAgain(browser, SAVER)).as("three in a row give up for now").isEqualTo("FAILED");
        assertThat(json(browser.get("api/v1/wallet/balance/" + SAVER)).getString("balance"))
                .as("a failed ESI call keeps the stored balance").isEqualTo("29500.01");
    }

    @Test
    void anotherUsersCharacterIsHiddenAndBadInputIsAProblem() {
        Browser other = loggedIn(OTHER, "Other Pilot", "owner-other", SCOPES);
        assertThat(json(other.get("api/v1/auth/me")).getBoolean("admin")).isFalse();

        HttpResponse<String> foreign = other.get("api/v1/wallet/balance/" + MAIN);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(other.post("api/v1/wallet/balance/" + MAIN + "/sync").statusCode()).isEqualTo(404);
        assertProblem(other.get("api/v1/wallet/balance/abc"), 400);
        assertProblem(other.get("api/v1/wallet/balance/-5"), 400);
        assertProblem(browser().get("api/v1/wallet/balance/" + MAIN), 401);
    }

    @Test
    void aLoggedInPilotLinksAnAltAndTheAdminSeesEveryone() {
        Browser other = loggedIn(OTHER, "Other Pilot", "owner-other", SCOPES);
        sso.loginAs(OTHER_ALT, "Other Alt", "owner-other-alt", Set.of(WALLET_SCOPE));
        assertThat(other.logIn().statusCode()).isEqualTo(303);
        assertThat(json(other.get("api/v1/auth/me")).getJsonArray("characters")).hasSize(2);

        esi.ledger().setWalletBalance(OTHER_ALT, new BigDecimal("-12.50"));
        assertThat(syncStatus(other, OTHER_ALT)).isIn("UPDATED", "UNCHANGED", "NOT_DUE");
        Browser admin = loggedIn(MAIN, "Main Pilot", "owner-main", SCOPES);
        assertThat(json(admin.get("api/v1/wallet/balance/" + OTHER_ALT)).getString("balance")).isEqualTo("-12.50");
    }

    @Test
    void bearerTokenWorksForApiClientsAndForgedTokensDoNot() throws Exception {
        Browser main = loggedIn(MAIN, "Main Pilot", "owner-main", SCOPES);
        assertThat(syncStatus(main, MAIN)).as("a stored balance to read").isIn("UPDATED", "UNCHANGED", "NOT_DUE");
        String token = main.sessionToken().orElseThrow();
        Browser client = browser();
        assertThat(client.getWithBearer("api/v1/wallet/balance/" + MAIN, token).statusCode()).isEqualTo(200);

        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertProblem(client.getWithBearer("api/v1/wallet/balance/" + MAIN, tampered), 401);
        RSAKey serverKey = RSAKey.parse(Files.readString(IntegrationEnvironment.dataDir().resolve("keys/session-signing.jwk")));
        assertProblem(client.getWithBearer("api/v1/auth/me", sign(serverKey, "eveseat", Instant.now().minusSeconds(5))), 401);
        assertProblem(client.getWithBearer("api/v1/auth/me", sign(serverKey, "someone-else", Instant.now().plusSeconds(600))), 401);
        RSAKey strangerKey = new RSAKeyGenerator(2048).keyID(serverKey.getKeyID()).generate();
        assertProblem(client.getWithBearer("api/v1/auth/me", sign(strangerKey, "eveseat", Instant.now().plusSeconds(600))), 401);
        assertThat(client.getWithBearer("api/v1/auth/me", sign(serverKey, "eveseat", Instant.now().plusSeconds(600)))
                .statusCode()).as("control: a correctly signed token is accepted").isEqualTo(200);
    }

    @Test
    void loginIsRefusedOnWrongStateOrBadSsoTokens() {
        Browser browser = browser();
        sso.loginAs(MAIN, "Main Pilot", "owner-main", Set.of(WALLET_SCOPE));
        String callback = Browser.location(browser.get(Browser.location(browser.get("api/v1/auth/login"))));
        assertProblem(browser.get(callback.replaceAll("state=[^&]+", "state=forged")), 400);
        assertProblem(browser().get(callback), 400);

        for (Runnable fault : List.<Runnable>of(sso::nextTokenTampered, sso::nextTokenExpired, sso::nextTokenWrongIssuer,
                sso::nextTokenWrongAudience, sso::nextTokenSignedWithUnknownKey)) {
            Browser attempt = browser();
            fault.run();
            HttpResponse<String> result = attempt.logIn();
            assertProblem(result, 400);
            assertThat(attempt.sessionToken()).isEmpty();
        }
    }

    @Test
    void refreshRotatesTokensAndARevokedTokenIsReportedNotThrown() {
        esi.cacheSeconds(Duration.ofSeconds(3));
        sso.withAccessTokenLifetime(Duration.ofSeconds(30), () -> {
            // a token of 30 s is always within the refresh margin: every sync refreshes it first
            Browser browser = loggedIn(REVOKED, "Revoked Pilot", "owner-revoked", SCOPES);
            int refreshes = sso.refreshCount(REVOKED);
            assertThat(syncStatus(browser, REVOKED)).isIn("UPDATED", "UNCHANGED");
            assertThat(sso.refreshCount(REVOKED)).isEqualTo(refreshes + 1);
            assertThat(syncUntilAskedAgain(browser, REVOKED))
                    .as("the rotated refresh token was stored and works").isIn("UPDATED", "UNCHANGED");

            sso.revoke(REVOKED);
            assertThat(syncStatus(browser, REVOKED)).isEqualTo("TOKEN_INVALID");
            assertThat(character(json(browser.get("api/v1/auth/me")), REVOKED).getBoolean("tokenValid")).isFalse();
        });
    }

    @Test
    void logoutInvalidatesTheSessionToken() {
        Browser browser = loggedIn(MAIN, "Main Pilot", "owner-main", SCOPES);
        String token = browser.sessionToken().orElseThrow();
        assertThat(browser.post("api/v1/auth/logout").statusCode()).isEqualTo(204);
        assertProblem(browser().getWithBearer("api/v1/auth/me", token), 401);
    }

    /**
     * Syncs the balance until the node asks ESI again (its answer's 3 s cache time has passed) and returns that
     * sync's status; the faults set before meet that request, as no sync before it calls ESI.
     */
    private static String syncUntilAskedAgain(Browser browser, long characterId) {
        return Await.until("the balance of " + characterId + " asked of ESI again", Duration.ofSeconds(30),
                () -> syncStatus(browser, characterId), status -> !status.equals("NOT_DUE"));
    }

    private static String sign(RSAKey key, String issuer, Instant expiry) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(issuer).audience("eveseat").subject("1").jwtID("forged-" + issuer)
                        .claim("groups", List.of("user", "admin")).issueTime(Date.from(Instant.now()))
                        .expirationTime(Date.from(expiry)).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String syncStatus(Browser browser, long characterId) {
        HttpResponse<String> response = browser.post("api/v1/wallet/balance/" + characterId + "/sync");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).getString("status");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(response).getInt("status")).isEqualTo(status);
    }

    /** The account's entry for one character (other tests of the run may have linked alts to it). */
    private static JsonObject character(JsonObject me, long characterId) {
        return me.getJsonArray("characters").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("id").longValue() == characterId).findFirst()
                .orElseThrow(() -> new AssertionError("character " + characterId + " not in " + me));
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(500);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
