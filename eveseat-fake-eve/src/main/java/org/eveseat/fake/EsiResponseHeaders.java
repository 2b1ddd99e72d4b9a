package org.eveseat.fake;

import com.sun.net.httpserver.Headers;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The ESI response headers for caching, the error limit and rate limiting. */
final class EsiResponseHeaders {

    /** RFC 7231 IMF-fixdate; RFC_1123_DATE_TIME would drop the leading zero of the day. */
    static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private EsiResponseHeaders() {
    }

    static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant);
    }

    /** ETag, Last-Modified, Expires and Cache-Control ({@code private} for authenticated routes). */
    static void cache(Headers headers, EsiCache.Snapshot snapshot, String etag, boolean authenticated) {
        headers.set("ETag", etag);
        headers.set("Last-Modified", httpDate(snapshot.lastModified()));
        headers.set("Expires", httpDate(snapshot.expires()));
        headers.set("Cache-Control", (authenticated ? "private" : "public") + ", max-age="
                + snapshot.maxAge().toSeconds());
    }

    static void errorLimit(Headers headers, ErrorLimit limit) {
        headers.set("X-ESI-Error-Limit-Remain", String.valueOf(limit.remain()));
        headers.set("X-ESI-Error-Limit-Reset", String.valueOf(limit.resetSeconds()));
    }

    static void rateLimit(Headers headers, RateLimitGroup group, int remaining, int used) {
        headers.set("X-Ratelimit-Group", group.name());
        headers.set("X-Ratelimit-Limit", group.limitHeader());
        headers.set("X-Ratelimit-Remaining", String.valueOf(remaining));
        headers.set("X-Ratelimit-Used", String.valueOf(used));
    }
}
