package org.eveseat.domain.shared;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * What an ESI read gave back. ESI asks clients to respect its cache: a read before {@code Expires} is not made at
 * all ({@link NotDue}), and a 304 answer ({@link Unchanged}) means nothing needs to be written.
 */
public sealed interface EsiResult<T> {
    /** When ESI's cache for this resource expires: the earliest moment a new read makes sense. */
    Instant expires();

    /** Hands a fresh value to {@code store}; answers whether there was one to store. */
    default boolean storeIfFresh(Consumer<T> store) {
        if (this instanceof Fresh<T> fresh) {
            store.accept(fresh.value());
            return true;
        }
        return false;
    }

    record Fresh<T>(T value, Instant expires) implements EsiResult<T> {
    }

    record Unchanged<T>(Instant expires) implements EsiResult<T> {
    }

    record NotDue<T>(Instant expires) implements EsiResult<T> {
    }
}
