package org.eveseat.adapter.persistence;

import java.util.concurrent.Callable;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;

/**
 * The rules of {@code @Transactional(REQUIRED)} over a {@link UserTransaction}: join the caller's transaction
 * (and mark it for rollback when the work throws an unchecked exception), or begin one and end it, committing
 * unless the work threw an unchecked exception or marked it for rollback. Checked exceptions commit, as there.
 */
final class RequiredTransaction {
    private final UserTransaction transaction;

    RequiredTransaction(UserTransaction transaction) {
        this.transaction = transaction;
    }

    <T> T around(Callable<T> work) throws Exception {
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            try {
                return work.call();
            } catch (RuntimeException | Error e) {
                transaction.setRollbackOnly();
                throw e;
            }
        }
        begin();
        T result;
        try {
            result = work.call();
        } catch (RuntimeException | Error e) {
            rollbackAfter(e);
            throw e;
        } catch (Exception checked) {
            end();
            throw checked;
        }
        end();
        return result;
    }

    private void begin() {
        try {
            transaction.begin();
        } catch (Exception e) {
            throw new TransactionalException("the transaction could not begin: " + e, e);
        }
    }

    private void end() {
        try {
            if (transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                transaction.rollback();
            } else {
                transaction.commit();
            }
        } catch (Exception e) {
            throw new TransactionalException("the transaction could not end: " + e, e);
        }
    }

    private void rollbackAfter(Throwable failure) {
        try {
            transaction.rollback();
        } catch (SystemException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
