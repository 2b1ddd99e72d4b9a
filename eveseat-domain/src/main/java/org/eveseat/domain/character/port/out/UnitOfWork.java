package org.eveseat.domain.character.port.out;

import java.util.function.Supplier;

/**
 * One transaction around the writes of one use case: a use case that stores several things (an account, its
 * character and the token) either stores them all or none, and checks that decide what to store (is this the
 * first account?) see the same database state as the writes. Repositories called inside join it.
 */
public interface UnitOfWork {
    <T> T inTransaction(Supplier<T> work);
}
