package org.eveseat.adapter.persistence;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.domain.character.port.out.UnitOfWork;

/**
 * The container's transaction around a use case's writes. The repositories are {@link TransactionRequired}
 * themselves, so inside this they join the one transaction instead of committing each call on its own; an
 * unchecked exception rolls all of it back.
 */
@ApplicationScoped
@TransactionRequired
public class JtaUnitOfWork implements UnitOfWork {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
