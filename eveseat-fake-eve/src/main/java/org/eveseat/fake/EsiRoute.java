package org.eveseat.fake;

import org.eveseat.adapter.esi.table.EsiOperationSpec;
import org.eveseat.adapter.esi.table.EsiOperationTable;
import org.eveseat.fake.ledger.RecordList;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One ESI operation as swagger.json (2026-08-04) describes it: method and path template (e.g.
 * {@code /characters/{character_id}/wallet}), the SSO scope (null for a public route), the corporation roles
 * of {@code x-required-roles} (any one of them will do), the {@code x-rate-limit} group (null if none), the
 * cache policy, the pagination, the success status and whether the answer carries Content-Language.
 * Build one with {@link #get}, {@link #post}, {@link #put} or {@link #delete} and the {@code with}-style
 * methods.
 */
public record EsiRoute(String method, String pathTemplate, String requiredScope, List<String> requiredRoles,
                       RateLimitGroup rateLimitGroup, CachePolicy cachePolicy, Paging paging, int successStatus,
                       boolean contentLanguage, Answer answer) {

    /**
     * What a GET answers instead of a body when ESI says 204 (e.g. an expired public contract's items); it
     * is cached like any answer.
     */
    public static final Json.Raw NO_CONTENT = new Json.Raw("");

    /** Makes the answer's JSON: a record, map, list, number, string or boolean; null for no body (204). */
    @FunctionalInterface
    public interface Answer {
        Object answer(EsiRequest request);
    }

    /** A handler that writes the JSON body itself. */
    @FunctionalInterface
    public interface Handler {
        /** The JSON body of the 200 answer; throw {@link HttpError#esi} for an error answer. */
        String body(EsiRequest request);
    }

    /**
     * {@code PAGES}: the answer is a whole list, served in pages of the fake's page size with {@code X-Pages};
     * {@code grow} adds a newer record for {@link FakeEsi#changeDuringPagination()}. {@code FROM_ID}: the
     * answer is already cut at {@code from_id}.
     */
    public record Paging(Kind kind, Consumer<EsiRequest> grow) {

        public enum Kind { NONE, PAGES, FROM_ID }

        static final Paging NONE = new Paging(Kind.NONE, request -> { });
    }

    public EsiRoute {
        requiredRoles = List.copyOf(requiredRoles);
    }

    /**
     * The operation of the ESI table with this key ({@code GET /markets/prices}), its scope, roles, rate-limit group,
     * cache policy, success status and Content-Language as the spec gives them; the caller adds the answer.
     */
    public static EsiRoute of(String key) {
        EsiOperationSpec spec = EsiOperationTable.operation(key);
        EsiRoute route = of(spec.method(), spec.path(), cachePolicy(spec), spec.successStatus()).scope(spec.scope())
                .roles(spec.roles().toArray(String[]::new));
        route = spec.rateLimit() == null ? route : route.group(new RateLimitGroup(spec.rateLimit().group(),
                spec.rateLimit().maxTokens(), spec.rateLimit().window()));
        return spec.localized() ? route.localized() : route;
    }

    /**
     * A read without cache information in the spec is cached as {@link #get} caches it. Only GETs are cached, even
     * where the spec gives a write or a POST lookup a cache time ({@code PUT .../calendar/{event_id}},
     * {@code POST /characters/affiliation}): a write's answer is never reused, and the fake keys its cache by URL
     * while a POST's answer depends on its body.
     */
    private static CachePolicy cachePolicy(EsiOperationSpec spec) {
        EsiOperationSpec.Cache cache = spec.cache();
        if (!spec.method().equals("GET")) {
            return CachePolicy.NONE;
        }
        if (cache.daily()) {
            return CachePolicy.DAILY;
        }
        if (cache.seconds() != null) {
            return CachePolicy.seconds(cache.seconds());
        }
        return CachePolicy.seconds(300);
    }

    public static EsiRoute get(String pathTemplate) {
        return of("GET", pathTemplate, CachePolicy.seconds(300), 200);
    }

    public static EsiRoute post(String pathTemplate) {
        return of("POST", pathTemplate, CachePolicy.NONE, 201);
    }

    public static EsiRoute put(String pathTemplate) {
        return of("PUT", pathTemplate, CachePolicy.NONE, 204);
    }

    public static EsiRoute delete(String pathTemplate) {
        return of("DELETE", pathTemplate, CachePolicy.NONE, 204);
    }

    private static EsiRoute of(String method, String pathTemplate, CachePolicy cache, int status) {
        return new EsiRoute(method, pathTemplate, null, List.of(), null, cache, Paging.NONE, status, false,
                request -> null);
    }

    /** A GET answered by a handler that writes its own JSON, as in the first version of the fake. */
    public static EsiRoute get(String pathTemplate, String requiredScope, RateLimitGroup rateLimitGroup,
                               Duration cacheTime, Handler handler) {
        return get(pathTemplate).scope(requiredScope).group(rateLimitGroup).cache(cacheTime)
                .answer(request -> new Json.Raw(handler.body(request)));
    }

    public EsiRoute scope(String scope) {
        return new EsiRoute(method, pathTemplate, scope, requiredRoles, rateLimitGroup, cachePolicy, paging,
                successStatus, contentLanguage, answer);
    }

    public EsiRoute roles(String... roles) {
        return new EsiRoute(method, pathTemplate, requiredScope, List.of(roles), rateLimitGroup, cachePolicy,
                paging, successStatus, contentLanguage, answer);
    }

    public EsiRoute group(RateLimitGroup group) {
        return new EsiRoute(method, pathTemplate, requiredScope, requiredRoles, group, cachePolicy, paging,
                successStatus, contentLanguage, answer);
    }

    public EsiRoute cache(CachePolicy policy) {
        return new EsiRoute(method, pathTemplate, requiredScope, requiredRoles, rateLimitGroup, policy, paging,
                successStatus, contentLanguage, answer);
    }

    public EsiRoute cache(Duration maxAge) {
        return cache(CachePolicy.seconds(maxAge.toSeconds()));
    }

    public EsiRoute cacheSeconds(long seconds) {
        return cache(CachePolicy.seconds(seconds));
    }

    public EsiRoute status(int status) {
        return new EsiRoute(method, pathTemplate, requiredScope, requiredRoles, rateLimitGroup, cachePolicy, paging,
                status, contentLanguage, answer);
    }

    /** The answer carries {@code Content-Language}. */
    public EsiRoute localized() {
        return new EsiRoute(method, pathTemplate, requiredScope, requiredRoles, rateLimitGroup, cachePolicy, paging,
                successStatus, true, answer);
    }

    public EsiRoute answer(Answer newAnswer) {
        return new EsiRoute(method, pathTemplate, requiredScope, requiredRoles, rateLimitGroup, cachePolicy, paging,
                successStatus, contentLanguage, newAnswer);
    }

    private EsiRoute paging(Paging newPaging, Answer newAnswer) {
        return new EsiRoute(method, pathTemplate, requiredScope, requiredRoles, rateLimitGroup, cachePolicy,
                newPaging, successStatus, contentLanguage, newAnswer);
    }

    /** Answers a ledger data set in X-Pages pages, each record shown through {@code view}. */
    public <T> EsiRoute pages(Function<EsiRequest, RecordList<T>> data, Function<? super T, ?> view) {
        return pages(data, (request, record) -> true, view);
    }

    /** Answers the records of a ledger data set that pass {@code filter} (e.g. a query parameter) in pages. */
    public <T> EsiRoute pages(Function<EsiRequest, RecordList<T>> data, BiPredicate<EsiRequest, ? super T> filter,
                              Function<? super T, ?> view) {
        return paging(new Paging(Paging.Kind.PAGES, request -> data.apply(request).prependNewer()),
                request -> data.apply(request).all().stream().filter(record -> filter.test(request, record))
                        .map(view).toList());
    }

    /** Answers a list (or {@link #NO_CONTENT}) in X-Pages pages, for data that does not change while walked. */
    public EsiRoute pagesOf(Answer list) {
        return paging(new Paging(Paging.Kind.PAGES, request -> { }), list);
    }

    /** Answers a list in X-Pages pages; {@code grow} changes the data for {@link FakeEsi#changeDuringPagination()}. */
    public EsiRoute pagesOf(Answer list, Consumer<EsiRequest> grow) {
        return paging(new Paging(Paging.Kind.PAGES, grow), list);
    }

    /**
     * Answers a data set sorted newest first with {@code from_id}: that record and older ones (by id), at most
     * a page; without {@code from_id} the newest page.
     */
    public <T> EsiRoute fromId(Function<EsiRequest, RecordList<T>> data, ToLongFunction<? super T> id,
                               Function<? super T, ?> view) {
        return paging(new Paging(Paging.Kind.FROM_ID, request -> data.apply(request).prependNewer()), request -> {
            long from = request.queryLong("from_id").orElse(Long.MAX_VALUE);
            return data.apply(request).all().stream().filter(record -> id.applyAsLong(record) <= from)
                    .limit(request.pageSize()).map(view).toList();
        });
    }

    /** Whether the route is reached through a character, corporation or alliance path. */
    boolean ownedBy(String pathParameter) {
        return pathTemplate.contains("{" + pathParameter + "}");
    }

    /** The path parameters when method and path match this route. */
    Optional<Map<String, String>> match(String requestMethod, String path) {
        String[] expected = pathTemplate.split("/");
        String[] actual = path.split("/");
        if (!method.equalsIgnoreCase(requestMethod) || expected.length != actual.length) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < expected.length; i++) {
            boolean parameter = expected[i].startsWith("{") && expected[i].endsWith("}");
            if (parameter && !actual[i].isEmpty()) {
                params.put(expected[i].substring(1, expected[i].length() - 1), actual[i]);
            } else if (!expected[i].equals(actual[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    @Override
    public String toString() {
        return method + " " + pathTemplate;
    }
}
