package org.eveseat.fake;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for esi.evetech.net: bearer tokens from a {@link FakeEveSso}, X-Compatibility-Date,
 * the response cache with ETag/304, the error limit (420) and rate limiting (429), over a route table
 * that serves data from a {@link FakeLedger}.
 */
public final class FakeEsi extends FakeHttpServer {

    public static final String COMPATIBILITY_DATE = "2026-08-04";

    private final FakeEveSso sso;
    private final FakeLedger ledger = new FakeLedger();
    private final List<EsiRoute> routes = new CopyOnWriteArrayList<>(EsiRoutes.defaults());
    private final EsiCache cache = new EsiCache();
    private final ErrorLimit errorLimit = new ErrorLimit();
    private final RateLimiter rateLimiter = new RateLimiter();
    private final Faults faults = new Faults();
    private final Map<String, AtomicInteger> requestCounts = new ConcurrentHashMap<>();
    private volatile String lastUserAgent;
    private volatile Duration cacheTimeOverride;

    public FakeEsi(FakeEveSso sso) {
        this(0, sso);
    }

    /** @param port 0 for a free port */
    public FakeEsi(int port, FakeEveSso sso) {
        super(port);
        this.sso = sso;
    }

    @Override
    public FakeEsi start() {
        super.start();
        return this;
    }

    public FakeLedger ledger() {
        return ledger;
    }

    /** Adds an operation; it takes precedence over earlier routes with the same path. */
    public FakeEsi route(EsiRoute route) {
        routes.add(0, route);
        return this;
    }

    /** Overrides every route's cache time (e.g. 2 s instead of 120 s); null restores the spec values. */
    public FakeEsi cacheSeconds(Duration cacheTime) {
        this.cacheTimeOverride = cacheTime;
        return this;
    }

    /** Forgets cached bodies, so that the next request sees the ledger as it is now. */
    public FakeEsi expireCaches() {
        cache.clear();
        return this;
    }

    /** Requests received for a path such as {@code /characters/1/wallet}, whatever the answer. */
    public int requestCount(String path) {
        AtomicInteger count = requestCounts.get(path);
        return count == null ? 0 : count.get();
    }

    public String lastUserAgent() {
        return lastUserAgent;
    }

    // ---- misbehaviour

    /** The next {@code count} requests get {@code status} (e.g. 502, 503) with an ESI error body. */
    public FakeEsi failNext(int count, int status) {
        faults.failNext(count, status);
        return this;
    }

    /** The next 200 announces its full Content-Length, sends half of the body and drops the connection. */
    public FakeEsi truncateNextBody() {
        faults.truncateNextBody();
        return this;
    }

    /** Every answer waits this long; {@link Duration#ZERO} to stop. */
    public FakeEsi delay(Duration delay) {
        faults.delay(delay);
        return this;
    }

    /** The next request gets 429 with {@code Retry-After}. */
    public FakeEsi tooManyRequestsNext(int retryAfterSeconds) {
        faults.tooManyRequestsNext(retryAfterSeconds);
        return this;
    }

    /** Error budget per frame (ESI: 100 per minute); restarts the frame with a full budget. */
    public FakeEsi errorLimit(int budget, Duration frame) {
        errorLimit.configure(budget, frame);
        return this;
    }

    public int errorLimitRemain() {
        return errorLimit.remain();
    }

    public FakeEsi resetFaults() {
        faults.reset();
        return this;
    }

    // ---- request handling

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requestCounts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        lastUserAgent = exchange.getRequestHeaders().getFirst("User-Agent");
        faults.awaitDelay();
        Reply reply = answer(exchange, path);
        errorLimit.record(reply.status());
        EsiResponseHeaders.errorLimit(exchange.getResponseHeaders(), errorLimit);
        reply.send(exchange, faults);
    }

    private Reply answer(HttpExchange exchange, String path) {
        try {
            if (errorLimit.exhausted()) {
                throw HttpError.esi(420, "Error limited");
            }
            OptionalInt failure = faults.takeFailure();
            if (failure.isPresent()) {
                throw HttpError.esi(failure.getAsInt(), "upstream failure (injected)");
            }
            OptionalInt retryAfter = faults.takeTooManyRequests();
            if (retryAfter.isPresent()) {
                throw tooManyRequests(retryAfter.getAsInt());
            }
            for (EsiRoute route : routes) {
                Optional<Map<String, String>> params = route.match(exchange.getRequestMethod(), path);
                if (params.isPresent()) {
                    return rateLimited(exchange, route, params.get());
                }
            }
            throw HttpError.esi(404, "Not found");
        } catch (HttpError e) {
            return Reply.error(e);
        }
    }

    /** Charges the route's bucket for the answer, keyed as ESI does: application and character, else the IP. */
    private Reply rateLimited(HttpExchange exchange, EsiRoute route, Map<String, String> params) {
        RateLimitGroup group = route.rateLimitGroup();
        if (group == null) {
            return cached(exchange, route, params);
        }
        String user = bearerToken(exchange).flatMap(sso::parseAccessToken)
                .map(token -> token.clientId() + ":" + token.characterId())
                .orElse(exchange.getRemoteAddress().getAddress().getHostAddress());
        Duration wait = rateLimiter.retryAfter(group, user);
        Reply reply;
        if (!wait.isZero()) {
            reply = Reply.error(tooManyRequests((int) Math.max(1, (wait.toMillis() + 999) / 1000)));
        } else {
            try {
                reply = cached(exchange, route, params);
            } catch (HttpError e) {
                reply = Reply.error(e);
            }
        }
        int used = RateLimitGroup.cost(reply.status());
        int remaining = rateLimiter.spend(group, user, used);
        EsiResponseHeaders.rateLimit(exchange.getResponseHeaders(), group, remaining, used);
        return reply;
    }

    private Reply cached(HttpExchange exchange, EsiRoute route, Map<String, String> params) {
        String compatibilityDate = exchange.getRequestHeaders().getFirst("X-Compatibility-Date");
        if (!COMPATIBILITY_DATE.equals(compatibilityDate)) {
            throw HttpError.esi(400, compatibilityDate == null
                    ? "missing X-Compatibility-Date header"
                    : "unsupported X-Compatibility-Date: " + compatibilityDate);
        }
        AccessTokenClaims token = route.requiredScope() == null ? null : authorize(exchange, route, params);
        EsiRequest request = new EsiRequest(params, HttpIo.query(exchange), token, ledger);
        Duration maxAge = cacheTimeOverride != null ? cacheTimeOverride : route.cacheTime();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        String key = exchange.getRequestURI().getPath() + (rawQuery == null ? "" : "?" + rawQuery);
        EsiCache.Entry entry = cache.get(key, maxAge, () -> route.handler().body(request));
        EsiResponseHeaders.cache(exchange.getResponseHeaders(), entry);
        return entry.matches(exchange.getRequestHeaders().getFirst("If-None-Match"))
                ? Reply.notModified()
                : Reply.ok(entry.body());
    }

    private AccessTokenClaims authorize(HttpExchange exchange, EsiRoute route, Map<String, String> params) {
        String jwt = bearerToken(exchange).orElseThrow(() -> unauthorized("authorization not provided"));
        AccessTokenClaims token;
        try {
            token = sso.verifyAccessToken(jwt);
        } catch (InvalidAccessTokenException e) {
            throw unauthorized("invalid token: " + e.getMessage());
        }
        if (!token.hasScope(route.requiredScope())) {
            throw HttpError.esi(403, "token not valid for scope");
        }
        if (params.containsKey("character_id")
                && !params.get("character_id").equals(String.valueOf(token.characterId()))) {
            throw HttpError.esi(403, "token is not for character " + params.get("character_id"));
        }
        return token;
    }

    private static Optional<String> bearerToken(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? Optional.of(header.substring(7).trim())
                : Optional.empty();
    }

    private static HttpError unauthorized(String message) {
        return HttpError.esi(401, message).withHeader("WWW-Authenticate", "Bearer");
    }

    private static HttpError tooManyRequests(int retryAfterSeconds) {
        return HttpError.esi(429, "Too many requests").withHeader("Retry-After", String.valueOf(retryAfterSeconds));
    }

    /** An answer decided but not yet written, so that the limits can account for its status first. */
    private record Reply(int status, String body, Map<String, String> headers) {

        static Reply ok(String body) {
            return new Reply(200, body, Map.of());
        }

        static Reply notModified() {
            return new Reply(304, null, Map.of());
        }

        static Reply error(HttpError error) {
            return new Reply(error.status(), JSONObjectUtils.toJSONString(error.body()), error.headers());
        }

        void send(HttpExchange exchange, Faults faults) throws IOException {
            headers.forEach(exchange.getResponseHeaders()::set);
            if (body == null) {
                HttpIo.sendEmpty(exchange, status);
            } else if (status == 200 && faults.takeTruncation()) {
                HttpIo.sendTruncated(exchange, status, HttpIo.JSON, body);
            } else {
                HttpIo.send(exchange, status, HttpIo.JSON, body);
            }
        }
    }
}
