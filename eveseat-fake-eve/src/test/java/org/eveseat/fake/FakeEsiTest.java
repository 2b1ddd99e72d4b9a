package org.eveseat.fake;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FakeEsiTest {

    static final long CHARACTER_ID = 2112625428L;
    static final String WALLET = "esi-wallet.read_character_wallet.v1";
    static final String WALLET_PATH = "/characters/" + CHARACTER_ID + "/wallet";

    FakeEveSso sso;
    FakeEsi esi;
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String token;

    @BeforeEach
    void start() {
        sso = new FakeEveSso().start();
        esi = new FakeEsi(sso).start();
        esi.ledger().setWalletBalance(CHARACTER_ID, new BigDecimal("29500.01"));
        token = sso.mintAccessToken(CHARACTER_ID, Set.of(WALLET));
    }

    @AfterEach
    void stop() {
        esi.stop();
        sso.stop();
    }

    @Test
    void walletAnswersTheBalanceWithEsiHeaders() throws Exception {
        HttpResponse<String> response = send(walletRequest(token));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("29500.01");
        assertThat(header(response, "Content-Type")).isEqualTo("application/json");
        assertThat(header(response, "ETag")).matches("\"[0-9a-f]{64}\"");
        assertThat(header(response, "Cache-Control")).isEqualTo("private, max-age=120");
        ZonedDateTime expires = httpDate(header(response, "Expires"));
        ZonedDateTime lastModified = httpDate(header(response, "Last-Modified"));
        assertThat(Duration.between(lastModified, expires)).isEqualTo(Duration.ofSeconds(120));
        assertThat(header(response, "X-ESI-Error-Limit-Remain")).isEqualTo("100");
        assertThat(Integer.parseInt(header(response, "X-ESI-Error-Limit-Reset"))).isBetween(0, 60);
        assertThat(header(response, "X-Ratelimit-Group")).isEqualTo("char-wallet");
        assertThat(header(response, "X-Ratelimit-Limit")).isEqualTo("150/15m");
        assertThat(header(response, "X-Ratelimit-Used")).isEqualTo("2");
        assertThat(header(response, "X-Ratelimit-Remaining")).isEqualTo("148");
        assertThat(esi.lastUserAgent()).isEqualTo("EVESeat-test/1.0 (admin@example.org)");
        assertThat(esi.requestCount(WALLET_PATH)).isEqualTo(1);
    }

    @Test
    void matchingEtagAnswers304WithTheCacheHeaders() throws Exception {
        HttpResponse<String> first = send(walletRequest(token));
        String etag = header(first, "ETag");

        HttpResponse<String> second = send(walletRequestBuilder(token).header("If-None-Match", etag).build());

        assertThat(second.statusCode()).isEqualTo(304);
        assertThat(second.body()).isEmpty();
        assertThat(header(second, "ETag")).isEqualTo(etag);
        assertThat(header(second, "Expires")).isEqualTo(header(first, "Expires"));
        assertThat(header(second, "Last-Modified")).isEqualTo(header(first, "Last-Modified"));
        assertThat(header(second, "X-Ratelimit-Used")).isEqualTo("1");
        assertThat(esi.requestCount(WALLET_PATH)).isEqualTo(2);
        assertThat(send(walletRequestBuilder(token).header("If-None-Match", "\"stale\"").build()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void changedDataShowsOnlyAfterTheCacheExpires() throws Exception {
        esi.cacheSeconds(Duration.ofSeconds(2));
        HttpResponse<String> first = send(walletRequest(token));
        esi.ledger().setWalletBalance(CHARACTER_ID, new BigDecimal("1.5"));

        assertThat(send(walletRequest(token)).body()).isEqualTo("29500.01");
        assertThat(header(first, "Cache-Control")).isEqualTo("private, max-age=2");
        esi.clock().advance(Duration.between(ZonedDateTime.now(), httpDate(header(first, "Expires"))).plusMillis(50));

        HttpResponse<String> later = send(walletRequestBuilder(token).header("If-None-Match", header(first, "ETag")).build());
        assertThat(later.statusCode()).isEqualTo(200);
        assertThat(later.body()).isEqualTo("1.5");
    }

    @Test
    void missingOrInvalidTokenIs401() throws Exception {
        HttpResponse<String> missing = send(walletRequestBuilder(null).build());
        HttpResponse<String> tampered = send(walletRequest(sso.nextTokenTampered().mintAccessToken(CHARACTER_ID, Set.of(WALLET))));
        HttpResponse<String> expired = send(walletRequest(sso.nextTokenExpired().mintAccessToken(CHARACTER_ID, Set.of(WALLET))));

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(SsoTestClient.json(missing)).containsEntry("status", 401L).containsKey("error");
        assertThat(tampered.statusCode()).isEqualTo(401);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(SsoTestClient.json(expired).get("error").toString()).contains("expired");
    }

    @Test
    void tokenWithoutScopeOrForAnotherCharacterIs403() throws Exception {
        HttpResponse<String> noScope = send(walletRequest(sso.mintAccessToken(CHARACTER_ID, Set.of("esi-skills.read_skills.v1"))));
        HttpResponse<String> otherCharacter = send(walletRequest(sso.mintAccessToken(90000001L, Set.of(WALLET))));

        assertThat(noScope.statusCode()).isEqualTo(403);
        assertThat(SsoTestClient.json(noScope)).containsEntry("error", "token not valid for scope")
                .containsEntry("status", 403L);
        assertThat(otherCharacter.statusCode()).isEqualTo(403);
    }

    @Test
    void compatibilityDateIsRequired() throws Exception {
        HttpRequest missing = HttpRequest.newBuilder(URI.create(esi.baseUrl() + WALLET_PATH))
                .header("Authorization", "Bearer " + token).build();
        HttpRequest wrong = walletRequestBuilder(token).setHeader("X-Compatibility-Date", "2020-01-01").build();

        assertThat(send(missing).statusCode()).isEqualTo(400);
        assertThat(send(wrong).statusCode()).isEqualTo(400);
    }

    @Test
    void failNextAnswersTheGivenStatusThenRecovers() throws Exception {
        esi.failNext(2, 503);

        HttpResponse<String> first = send(walletRequest(token));

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(SsoTestClient.json(first)).containsEntry("status", 503L);
        assertThat(send(walletRequest(token)).statusCode()).isEqualTo(503);
        assertThat(send(walletRequest(token)).statusCode()).isEqualTo(200);
        assertThat(esi.errorLimitRemain()).isEqualTo(98);
    }

    @Test
    void truncatedBodyBreaksTheTransfer() throws Exception {
        esi.ledger().setWalletBalance(CHARACTER_ID, new BigDecimal("123456789.12"));
        esi.truncateNextBody();

        assertThatThrownBy(() -> send(walletRequest(token))).isInstanceOf(IOException.class);
        assertThat(send(walletRequest(token)).body()).isEqualTo("123456789.12");
    }

    @Test
    void errorBudgetRunsOutInto420() throws Exception {
        esi.errorLimit(3, Duration.ofMinutes(1));

        for (int i = 0; i < 3; i++) {
            assertThat(send(walletRequestBuilder(null).build()).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> limited = send(walletRequest(token));

        assertThat(limited.statusCode()).isEqualTo(420);
        assertThat(SsoTestClient.json(limited)).containsEntry("error", "Error limited");
        assertThat(header(limited, "X-ESI-Error-Limit-Remain")).isEqualTo("0");
        assertThat(Integer.parseInt(header(limited, "X-ESI-Error-Limit-Reset"))).isPositive();
    }

    @Test
    void errorBudgetComesBackAfterTheFrame() throws Exception {
        esi.errorLimit(1, Duration.ofMillis(1500));
        send(walletRequestBuilder(null).build());
        assertThat(send(walletRequest(token)).statusCode()).isEqualTo(420);

        esi.clock().advance(Duration.ofMillis(1600));

        assertThat(send(walletRequest(token)).statusCode()).isEqualTo(200);
    }

    @Test
    void tooManyRequestsCarriesRetryAfter() throws Exception {
        esi.tooManyRequestsNext(7);

        HttpResponse<String> response = send(walletRequest(token));

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(header(response, "Retry-After")).isEqualTo("7");
        assertThat(send(walletRequest(token)).statusCode()).isEqualTo(200);
    }

    @Test
    void delayHoldsTheAnswer() throws Exception {
        esi.delay(Duration.ofMillis(300));
        long start = System.nanoTime();

        send(walletRequest(token));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void unknownRouteIs404AndMoreRoutesCanBeAdded() throws Exception {
        HttpRequest extra = HttpRequest.newBuilder(URI.create(esi.baseUrl() + "/characters/" + CHARACTER_ID + "/fatigue"))
                .header("X-Compatibility-Date", FakeEsi.COMPATIBILITY_DATE).build();
        assertThat(send(extra).statusCode()).isEqualTo(404);

        esi.route(EsiRoute.get("/characters/{character_id}/fatigue", null, RateLimitGroup.of("char-location", 1200),
                Duration.ofSeconds(300), request -> "{\"jump_fatigue_expire_date\":\"2017-01-01T00:00:00Z\"}"));
        HttpResponse<String> response = send(extra);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"jump_fatigue_expire_date\":\"2017-01-01T00:00:00Z\"}");
        assertThat(header(response, "X-Ratelimit-Limit")).isEqualTo("1200/15m");
    }

    @Test
    void anAddedRouteReplacesTheDefaultWithTheSamePath() throws Exception {
        esi.route(EsiRoute.get("/status").cacheSeconds(30).answer(request -> Map.of("players", 1)));

        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(esi.baseUrl() + "/status"))
                .header("X-Compatibility-Date", FakeEsi.COMPATIBILITY_DATE).build());

        assertThat(response.body()).isEqualTo("{\"players\":1}");
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest walletRequest(String accessToken) {
        return walletRequestBuilder(accessToken).build();
    }

    private HttpRequest.Builder walletRequestBuilder(String accessToken) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(esi.baseUrl() + WALLET_PATH))
                .timeout(Duration.ofSeconds(10))
                .header("X-Compatibility-Date", FakeEsi.COMPATIBILITY_DATE)
                .header("User-Agent", "EVESeat-test/1.0 (admin@example.org)");
        return accessToken == null ? builder : builder.header("Authorization", "Bearer " + accessToken);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
    }

    private static ZonedDateTime httpDate(String value) {
        return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
    }
}
