package org.eveseat.domain.shared;

import java.time.Instant;

/**
 * What an ESI read gave back. ESI asks clients to respect its cache: a read before {@code Expires} is not made at
 * all ({@link NotDue}), and a 304 answer ({@link Unchanged}) means nothing needs to be written.
 */
public sealed interface EsiResult<T> {
    /** When ESI's cache for this resource expires: the earliest moment a new read makes sense. */
    Instant expires();

    record Fresh<T>(T value, Instant expires) implements EsiResult<T> {
    }

    record Unchanged<T>(Instant expires) implements EsiResult<T> {
    }

    record NotDue<T>(Instant expires) implements EsiResult<T> {
    }
}
