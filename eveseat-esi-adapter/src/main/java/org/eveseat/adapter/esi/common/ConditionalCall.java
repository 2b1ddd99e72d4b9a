package org.eveseat.adapter.esi.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.UpstreamUnavailableException;

/**
 * One cache-respecting ESI read: no call before the stored expiry, {@code If-None-Match} with the stored ETag,
 * 304 reported as unchanged. Transport failures, 5xx and unreadable bodies become {@link UpstreamUnavailableException}.
 */
public class ConditionalCall {
    /** Used when ESI sends no usable Expires; the shortest cache time of the routes we read. */
    static final Duration DEFAULT_CACHE = Duration.ofSeconds(60);

    private final EsiCache cache;
    private final Clock clock;

    public ConditionalCall(EsiCache cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
    }

    public <T> EsiResult<T> read(String key, Function<String, Response> call, Function<String, T> parse) {
        Optional<CacheEntry> cached = cache.get(key);
        Instant now = clock.instant();
        if (cached.isPresent() && now.isBefore(cached.get().expires())) {
            return new EsiResult.NotDue<>(cached.get().expires());
        }
        try (Response response = call.apply(cached.map(CacheEntry::etag).orElse(null))) {
            Instant expires = expiresOf(response, now);
            if (response.getStatus() == 304) {
                cache.put(key, new CacheEntry(cached.map(CacheEntry::etag).orElse(null), expires));
                return new EsiResult.Unchanged<>(expires);
            }
            if (response.getStatus() != 200) {
                throw new UpstreamUnavailableException("ESI answered " + response.getStatus() + " for " + key);
            }
            T value = parse.apply(response.readEntity(String.class));
            cache.put(key, new CacheEntry(response.getHeaderString("ETag"), expires));
            return new EsiResult.Fresh<>(value, expires);
        } catch (ProcessingException | WebApplicationException | IllegalArgumentException e) {
            throw new UpstreamUnavailableException("ESI call failed for " + key + ": " + e.getMessage(), e);
        }
    }

    private static Instant expiresOf(Response response, Instant now) {
        String header = response.getHeaderString("Expires");
        if (header != null) {
            try {
                return ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException ignored) {
                // fall through to the default: a broken header must not make us hammer ESI
            }
        }
        return now.plus(DEFAULT_CACHE);
    }
}
