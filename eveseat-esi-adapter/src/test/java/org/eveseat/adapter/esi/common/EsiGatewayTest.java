package org.eveseat.adapter.esi.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.function.Function;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.fake.FakeEsi;
import org.eveseat.fake.FakeEveSso;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EsiGatewayTest {
    private static final long PILOT = 2112625428L;
    private static final String WALLET = "/characters/" + PILOT + "/wallet";
    private static final String SCOPE = "esi-wallet.read_character_wallet.v1";

    private final FakeEveSso sso = new FakeEveSso().start();
    private final FakeEsi esi = new FakeEsi(sso).start();
    private final EsiSettings settings = new EsiSettings(URI.create(esi.baseUrl()), EsiSettings.COMPATIBILITY_DATE,
            "EVESeat-test/1.0 (ops@example.org)", Duration.ofSeconds(5));
    private final Client http = ClientBuilder.newBuilder().register(new EsiHeadersFilter(settings)).build();
    private final EsiBudget budget = new EsiBudget(esi.clock(), 20, RateLimitGroup.fromSpec());
    private final EsiGateway gateway = new EsiGateway(new EsiCache(), budget, new Retrier(3, Duration.ofMillis(5)),
            Executors.newFixedThreadPool(4), esi.clock());
    private String token = sso.mintAccessToken(PILOT, Set.of(SCOPE));

    @AfterEach
    void stop() {
        http.close();
        esi.stop();
        sso.stop();
    }

    @Test
    void freshThenNotDueBeforeExpiresThenUnchangedAfterIt() throws Exception {
        esi.ledger().setWalletBalance(PILOT, new BigDecimal("29500.01"));
        esi.cacheSeconds(Duration.ofMinutes(5));

        assertThat(readBalance()).isInstanceOf(EsiResult.Fresh.class)
                .extracting(r -> ((EsiResult.Fresh<BigDecimal>) r).value()).isEqualTo(new BigDecimal("29500.01"));
        assertThat(readBalance()).isInstanceOf(EsiResult.NotDue.class);
        assertThat(esi.requestCount(WALLET)).isEqualTo(1);
        assertThat(esi.lastUserAgent()).isEqualTo("EVESeat-test/1.0 (ops@example.org)");

        esi.clock().advance(Duration.ofMinutes(6));
        assertThat(readBalance()).isInstanceOf(EsiResult.Unchanged.class);
        assertThat(esi.requestCount(WALLET)).isEqualTo(2);
    }

    @Test
    void transientFailuresAreRetriedAndATruncatedBodyIsNotTakenAsData() {
        esi.ledger().setWalletBalance(PILOT, new BigDecimal("123456.78"));
        esi.failNext(2, 503);
        assertThat(readBalance()).isInstanceOf(EsiResult.Fresh.class);
        assertThat(esi.requestCount(WALLET)).isEqualTo(3);

        var other = new EsiGateway(new EsiCache(), budget, new Retrier(3, Duration.ofMillis(5)), Runnable::run,
                Clock.systemUTC());
        esi.truncateNextBody();
        EsiResult<BigDecimal> result = other.read(op(), this::walletCall, BigDecimal::new);
        assertThat(((EsiResult.Fresh<BigDecimal>) result).value()).isEqualTo(new BigDecimal("123456.78"));
    }

    @Test
    void persistentFailureBecomesUpstreamUnavailable() {
        esi.failNext(3, 502);
        assertThatThrownBy(this::readBalance).isInstanceOf(UpstreamUnavailableException.class)
                .hasMessageContaining("failed 3 times");
    }

    @Test
    void aMissingScopeIsNotPermittedAndNotRetried() {
        token = sso.mintAccessToken(PILOT, Set.of("publicData"));
        assertThatThrownBy(this::readBalance).isInstanceOf(NotPermittedException.class).hasMessageContaining("403");
        assertThat(esi.requestCount(WALLET)).isEqualTo(1);
    }

    @Test
    void callsStopAtTheErrorFloorSoA420IsNeverProvoked() {
        esi.errorLimit(25, Duration.ofSeconds(60));
        esi.failNext(100, 400);
        int calls = 0;
        while (calls < 50) {
            try {
                gateway.call(op(), true, () -> walletCall(null), Function.identity());
            } catch (EsiPausedException paused) {
                break;
            } catch (RuntimeException refused) {
                calls++;
            }
        }
        assertThat(esi.errorLimitRemain()).isGreaterThan(0).isLessThanOrEqualTo(20);
        assertThat(calls).isLessThan(25);
        assertThatThrownBy(this::readBalance).isInstanceOf(EsiPausedException.class);
    }

    @Test
    void a420PausesEveryCall() {
        esi.failNext(1, 420);
        assertThatThrownBy(this::readBalance).isInstanceOf(EsiPausedException.class).hasMessageContaining("error limit");
        int before = esi.requestCount(WALLET);
        assertThatThrownBy(this::readBalance).isInstanceOf(EsiPausedException.class);
        assertThat(esi.requestCount(WALLET)).as("no call while paused").isEqualTo(before);
    }

    @Test
    void a429PausesTheBucketForRetryAfter() {
        esi.tooManyRequestsNext(30);
        assertThatThrownBy(this::readBalance).isInstanceOf(EsiPausedException.class)
                .satisfies(e -> assertThat(((EsiPausedException) e).until())
                        .isAfter(Clock.systemUTC().instant().plusSeconds(25)));
        int before = esi.requestCount(WALLET);
        assertThatThrownBy(this::readBalance).isInstanceOf(EsiPausedException.class);
        assertThat(esi.requestCount(WALLET)).isEqualTo(before);
    }

    @Test
    void theLocalBucketStopsBeforeTheGroupLimitIsReached() {
        var tiny = new EsiGateway(new EsiCache(), new EsiBudget(Clock.systemUTC(), 0,
                Map.of("char-wallet", RateLimitGroup.parse("char-wallet", "10/15m"))),
                new Retrier(1, Duration.ofMillis(5)), Runnable::run, Clock.systemUTC());
        int made = 0;
        try {
            for (int i = 0; i < 10; i++) {
                tiny.call(op(), true, () -> walletCall(null), Function.identity());
                made++;
            }
        } catch (EsiPausedException expected) {
            assertThat(expected).hasMessageContaining("char-wallet");
        }
        assertThat(made).as("2 tokens each, stop while 5 remain for a worst case").isEqualTo(3);
    }

    @Test
    void aMissingResourceIsRememberedUntilItsCacheWouldExpire() {
        var op = EsiOperation.open("/nothing/here", RateLimitGroup.NONE);
        Function<String, Response> call = etag -> http.target(esi.baseUrl()).path("/nothing/here").request().get();
        assertThatThrownBy(() -> gateway.read(op, call, Function.identity())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> gateway.read(op, call, Function.identity())).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("remembered");
        assertThat(esi.requestCount("/nothing/here")).isEqualTo(1);
    }

    private EsiResult<BigDecimal> readBalance() {
        return gateway.read(op(), this::walletCall, body -> new BigDecimal(body.trim()));
    }

    private EsiOperation op() {
        return EsiOperation.authed(WALLET, "char-wallet", new CharacterId(PILOT));
    }

    private Response walletCall(String etag) {
        var request = http.target(esi.baseUrl()).path(WALLET).request().header("Authorization", "Bearer " + token);
        return (etag == null ? request : request.header("If-None-Match", etag)).get();
    }
}
