package org.eveseat.fake;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a route's answer into the HTTP reply: uncached for writes, otherwise from {@link EsiCache} with
 * ETag, Last-Modified, Expires and Cache-Control, cut into X-Pages pages, answering 304 to a matching
 * If-None-Match or If-Modified-Since.
 */
final class EsiResponder {

    private static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "ja", "ru", "zh", "ko", "es");

    private final EsiCache cache;
    private final Faults faults;
    private volatile Duration cacheTimeOverride;

    EsiResponder(Faults faults, Clock clock) {
        this.faults = faults;
        this.cache = new EsiCache(clock);
    }

    void cacheTimeOverride(Duration cacheTime) {
        this.cacheTimeOverride = cacheTime;
    }

    void expireCaches() {
        cache.clear();
    }

    EsiReply respond(HttpExchange exchange, EsiRoute route, EsiRequest request) {
        Headers headers = exchange.getResponseHeaders();
        if (route.contentLanguage()) {
            String language = exchange.getRequestHeaders().getFirst("Accept-Language");
            headers.set("Content-Language", language != null && LANGUAGES.contains(language) ? language : "en");
        }
        if (!route.cachePolicy().cached()) {
            Object value = route.answer().answer(request);
            return EsiReply.of(route.successStatus(), value == null ? null : Json.write(value));
        }
        String key = exchange.getRequestURI().getPath() + "?" + request.queryValues().entrySet().stream()
                .filter(entry -> !entry.getKey().equals("page"))
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining("&"));
        EsiCache.Snapshot snapshot = cache.get(key, () -> Json.tree(route.answer().answer(request)),
                modified -> route.cachePolicy().expiry(modified, cacheTimeOverride));
        if (snapshot.value() == EsiRoute.NO_CONTENT) {
            EsiResponseHeaders.cache(headers, snapshot, EsiCache.etagOf(""), request.token() != null);
            return EsiReply.of(204, null);
        }
        boolean paged = route.paging().kind() == EsiRoute.Paging.Kind.PAGES;
        int page = paged ? page(request, snapshot, headers) : 0;
        String body = snapshot.body(page, value -> paged ? slice((List<?>) value, page, request.pageSize()) : value);
        String etag = EsiCache.etagOf(body);
        EsiResponseHeaders.cache(headers, snapshot, etag, request.token() != null);
        if (paged && page == 1 && faults.takePaginationChange()) {
            route.paging().grow().accept(request);
            cache.evict(key);
        }
        return notModified(exchange, etag, snapshot.lastModified()) ? EsiReply.notModified()
                : EsiReply.of(route.successStatus(), body);
    }

    /** The requested page, after setting X-Pages; 404 beyond the last page, as ESI answers. */
    private static int page(EsiRequest request, EsiCache.Snapshot snapshot, Headers headers) {
        int size = ((List<?>) snapshot.value()).size();
        int pages = Math.max(1, (size + request.pageSize() - 1) / request.pageSize());
        long page = request.queryLong("page").orElse(1L);
        if (page < 1) {
            throw HttpError.invalid("query.page", "expected number >= 1", page);
        }
        if (page > pages) {
            throw HttpError.esi(404, "Requested page does not exist!");
        }
        headers.set("X-Pages", String.valueOf(pages));
        return (int) page;
    }

    private static List<?> slice(List<?> all, int page, int pageSize) {
        int from = (page - 1) * pageSize;
        return all.subList(Math.min(from, all.size()), Math.min(from + pageSize, all.size()));
    }

    private static boolean notModified(HttpExchange exchange, String etag, Instant lastModified) {
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            return EsiCache.matches(ifNoneMatch, etag);
        }
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
