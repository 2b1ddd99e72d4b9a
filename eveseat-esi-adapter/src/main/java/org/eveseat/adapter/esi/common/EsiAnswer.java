package org.eveseat.adapter.esi.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.Duration;

import jakarta.ws.rs.core.Response;

/** A successful (2xx or 304) ESI answer, read out of the JAX-RS response so the response can be closed. */
record EsiAnswer(int status, String body, String etag, Instant expires, String lastModified, int pages) {
    /** Used when ESI sends no usable Expires; the shortest cache time of the routes we read. */
    static final Duration DEFAULT_CACHE = Duration.ofSeconds(60);

    static EsiAnswer of(Response response, Instant now) {
        String body = response.getStatus() == 304 || !response.hasEntity() ? "" : response.readEntity(String.class);
        int announced = response.getLength();
        if (announced >= 0 && body.getBytes(StandardCharsets.UTF_8).length != announced) {
            // a dropped connection can hand over a prefix that still parses, such as half a number
            throw new TransientEsiFailure("ESI body cut short (" + announced + " bytes announced)", null);
        }
        String pages = response.getHeaderString("X-Pages");
        return new EsiAnswer(response.getStatus(), body, response.getHeaderString("ETag"), expiresOf(response, now),
                response.getHeaderString("Last-Modified"), pages == null ? 1 : Integer.parseInt(pages.trim()));
    }

    boolean notModified() {
        return status == 304;
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
