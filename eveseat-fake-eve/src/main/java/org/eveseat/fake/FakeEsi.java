package org.eveseat.fake;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for esi.evetech.net: every operation of the project's ESI list (see {@link EsiRoutes}) at the
 * paths of swagger.json (2026-08-04), answered from a {@link FakeLedger}. It checks bearer tokens from a
 * {@link FakeEveSso}, scopes, corporation membership and roles, and X-Compatibility-Date; it caches answers
 * with ETag/304, Last-Modified and Expires, paginates with X-Pages or {@code from_id}, and applies the error
 * limit (420) and the rate-limit groups (429). Misbehaviour can be switched on for any route.
 */
public final class FakeEsi extends FakeHttpServer {

    public static final String COMPATIBILITY_DATE = "2026-08-04";
    public static final int DEFAULT_PAGE_SIZE = 1000;

    private final FakeEveSso sso;
    private final FakeLedger ledger = new FakeLedger();
    private final EsiAuthorizer authorizer;
    private final List<EsiRoute> routes = new CopyOnWriteArrayList<>(EsiRoutes.defaults());
    private final EsiResponder responder;
    private final FakeClock clock = new FakeClock();
    private final ErrorLimit errorLimit = new ErrorLimit(clock);
    private final RateLimiter rateLimiter = new RateLimiter(clock);
    private final Faults faults = new Faults();
    private final Map<String, AtomicInteger> requestCounts = new ConcurrentHashMap<>();
    private volatile String lastUserAgent;
    private volatile int pageSize = DEFAULT_PAGE_SIZE;

    public FakeEsi(FakeEveSso sso) {
        this(0, sso);
    }

    /** @param port 0 for a free port */
    public FakeEsi(int port, FakeEveSso sso) {
        super(port);
        this.sso = sso;
        this.authorizer = new EsiAuthorizer(sso, ledger);
        this.responder = new EsiResponder(faults, clock);
    }

    @Override
    public FakeEsi start() {
        super.start();
        return this;
    }

    /** The fake's time (cache expiry, error frame, rate windows); a client under test reads the same clock. */
    public FakeClock clock() {
        return clock;
    }

    public FakeLedger ledger() {
        return ledger;
    }

    /** Adds an operation; it takes precedence over routes with the same path template. */
    public FakeEsi route(EsiRoute route) {
        routes.add(0, route);
        return this;
    }

    /** The operations served, most recently added first. */
    public List<EsiRoute> routes() {
        return List.copyOf(routes);
    }

    /** Overrides every cached route's cache time (e.g. 2 s instead of 3600 s); null restores the spec values. */
    public FakeEsi cacheSeconds(Duration cacheTime) {
        responder.cacheTimeOverride(cacheTime);
        return this;
    }

    /** Forgets cached answers, so that the next request sees the ledger as it is now. */
    public FakeEsi expireCaches() {
        responder.expireCaches();
        return this;
    }

    /** Records per X-Pages page and per {@code from_id} answer; ESI uses 1000 for journals and contracts. */
    public FakeEsi pageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be positive: " + size);
        }
        this.pageSize = size;
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

    /**
     * The next time page 1 of an X-Pages resource is served, its data set changes right after: a newer record
     * is prepended and the cached answer dropped, so page 1 gets a new ETag and a later Last-Modified and the
     * later pages shift by one record.
     */
    public FakeEsi changeDuringPagination() {
        faults.changeDuringPagination();
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
        EsiReply reply = answer(exchange, path);
        errorLimit.record(reply.status());
        EsiResponseHeaders.errorLimit(exchange.getResponseHeaders(), errorLimit);
        reply.send(exchange, faults);
    }

    private EsiReply answer(HttpExchange exchange, String path) {
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
            EsiRoute route = null;
            Map<String, String> params = null;
            int literals = -1;
            for (EsiRoute candidate : routes) {
                Optional<Map<String, String>> match = candidate.match(exchange.getRequestMethod(), path);
                int candidateLiterals = match.map(m -> path.split("/").length - m.size()).orElse(-1);
                if (candidateLiterals > literals) {
                    route = candidate;
                    params = match.get();
                    literals = candidateLiterals;
                }
            }
            if (route == null) {
                throw HttpError.esi(404, "Not found");
            }
            return rateLimited(exchange, route, params);
        } catch (HttpError e) {
            return EsiReply.error(e);
        }
    }

    /** Charges the route's bucket for the answer, keyed as ESI does: application and character, else the IP. */
    private EsiReply rateLimited(HttpExchange exchange, EsiRoute route, Map<String, String> params) {
        RateLimitGroup group = route.rateLimitGroup();
        if (group == null) {
            return serve(exchange, route, params);
        }
        String user = EsiAuthorizer.bearerToken(exchange).flatMap(sso::parseAccessToken)
                .map(token -> token.clientId() + ":" + token.characterId())
                .orElse(exchange.getRemoteAddress().getAddress().getHostAddress());
        Duration wait = rateLimiter.retryAfter(group, user);
        EsiReply reply;
        if (!wait.isZero()) {
            reply = EsiReply.error(tooManyRequests((int) Math.max(1, (wait.toMillis() + 999) / 1000)));
        } else {
            try {
                reply = serve(exchange, route, params);
            } catch (HttpError e) {
                reply = EsiReply.error(e);
            }
        }
        int used = RateLimitGroup.cost(reply.status());
        int remaining = rateLimiter.spend(group, user, used);
        EsiResponseHeaders.rateLimit(exchange.getResponseHeaders(), group, remaining, used);
        return reply;
    }

    private EsiReply serve(HttpExchange exchange, EsiRoute route, Map<String, String> params) {
        String compatibilityDate = exchange.getRequestHeaders().getFirst("X-Compatibility-Date");
        if (compatibilityDate == null) {
            compatibilityDate = HttpIo.queryValues(exchange).getOrDefault("compatibility_date", List.of(""))
                    .get(0);
        }
        if (!COMPATIBILITY_DATE.equals(compatibilityDate)) {
            throw HttpError.esi(400, compatibilityDate.isEmpty()
                    ? "missing X-Compatibility-Date header"
                    : "unsupported X-Compatibility-Date: " + compatibilityDate);
        }
        AccessTokenClaims token = authorizer.authorize(exchange, route, params);
        String body;
        try {
            body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw HttpError.esi(400, "unreadable request body");
        }
        EsiRequest request = new EsiRequest(params, HttpIo.queryValues(exchange), token, ledger,
                body.isEmpty() ? null : body, pageSize);
        return responder.respond(exchange, route, request);
    }

    private static HttpError tooManyRequests(int retryAfterSeconds) {
        return HttpError.esi(429, "Too many requests").withHeader("Retry-After", String.valueOf(retryAfterSeconds));
    }
}
