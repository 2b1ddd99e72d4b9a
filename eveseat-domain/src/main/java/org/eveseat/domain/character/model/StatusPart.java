package org.eveseat.domain.character.model;

import java.time.Instant;
import java.util.function.Function;

/**
 * One part of a character's status: its value, or why there is none. A scope the token does not carry is named so
 * the player knows what to grant; anything ESI could not answer says so in plain words and never fails the rest.
 */
public record StatusPart<T>(T value, String missingScope, String unavailable, Instant expires) {
    public static <T> StatusPart<T> of(T value, Instant expires) {
        return new StatusPart<>(value, null, null, expires);
    }

    public static <T> StatusPart<T> notGranted(String scope) {
        return new StatusPart<>(null, scope, null, null);
    }

    public static <T> StatusPart<T> unavailable(String why) {
        return new StatusPart<>(null, null, why, null);
    }

    /** The same part with its value turned into another; a missing value stays missing for the same reason. */
    public <R> StatusPart<R> map(Function<T, R> mapping) {
        return new StatusPart<>(value == null ? null : mapping.apply(value), missingScope, unavailable, expires);
    }
}
