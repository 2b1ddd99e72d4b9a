package org.eveseat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;

import org.junit.jupiter.api.Test;

/** The REQUIRED rules of {@link TransactionRequired}, over a recording user transaction. */
class RequiredTransactionTest {
    private final RecordingTransaction transaction = new RecordingTransaction();
    private final RequiredTransaction required = new RequiredTransaction(transaction);

    @Test
    void beginsAndCommitsWhenTheCallerHasNone() throws Exception {
        assertThat(required.around(() -> "done")).isEqualTo("done");
        assertThat(transaction.calls).containsExactly("begin", "commit");
    }

    @Test
    void joinsTheCallersTransactionWithoutEndingIt() throws Exception {
        transaction.status = Status.STATUS_ACTIVE;
        required.around(() -> "done");
        assertThat(transaction.calls).isEmpty();
    }

    @Test
    void rollsBackItsOwnTransactionOnAnUncheckedException() {
        assertThatThrownBy(() -> required.around(() -> {
            throw new IllegalStateException("write failed");
        })).hasMessage("write failed");
        assertThat(transaction.calls).containsExactly("begin", "rollback");
    }

    @Test
    void marksTheCallersTransactionForRollbackOnAnUncheckedException() {
        transaction.status = Status.STATUS_ACTIVE;
        assertThatThrownBy(() -> required.around(() -> {
            throw new IllegalStateException("write failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(transaction.calls).containsExactly("setRollbackOnly");
    }

    @Test
    void commitsOnACheckedException() {
        assertThatThrownBy(() -> required.around(() -> {
            throw new IOException("checked");
        })).isInstanceOf(IOException.class);
        assertThat(transaction.calls).containsExactly("begin", "commit");
    }

    @Test
    void rollsBackWhatTheWorkMarkedForRollback() throws Exception {
        required.around(() -> {
            transaction.status = Status.STATUS_MARKED_ROLLBACK;
            return null;
        });
        assertThat(transaction.calls).containsExactly("begin", "rollback");
    }

    @Test
    void aRefusedCommitIsAnUncheckedTransactionalException() {
        transaction.refuse = "commit";
        assertThatThrownBy(() -> required.around(() -> "done")).isInstanceOf(TransactionalException.class)
                .hasMessageContaining("could not end");
    }

    @Test
    void aFailedRollbackKeepsTheWorksOwnFailure() {
        transaction.refuse = "rollback";
        assertThatThrownBy(() -> required.around(() -> {
            throw new IllegalStateException("write failed");
        })).hasMessage("write failed").satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
    }

    /** Status follows begin and the end calls, as the container's does for one thread. */
    private static final class RecordingTransaction implements UserTransaction {
        final List<String> calls = new ArrayList<>();
        int status = Status.STATUS_NO_TRANSACTION;
        String refuse = "";

        @Override
        public void begin() {
            record("begin");
            status = Status.STATUS_ACTIVE;
        }

        @Override
        public void commit() {
            end("commit");
        }

        @Override
        public void rollback() {
            end("rollback");
        }

        private void end(String how) {
            record(how);
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setRollbackOnly() {
            record("setRollbackOnly");
            status = Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void setTransactionTimeout(int seconds) {
            record("setTransactionTimeout");
        }

        private void record(String call) {
            calls.add(call);
            if (call.equals(refuse)) {
                throw new IllegalStateException("Operation not allowed");
            }
        }
    }
}
