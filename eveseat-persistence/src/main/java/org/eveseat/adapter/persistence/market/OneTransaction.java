package org.eveseat.adapter.persistence.market;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Several statements on one connection as one transaction. In the container the connection is enlisted in the
 * caller's transaction (auto-commit off) and is left to it; a plain pool's auto-committing connection (tests,
 * benchmarks, the library without a server) is committed here, or rolled back on failure.
 */
final class OneTransaction {
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private OneTransaction() {
    }

    static <T> T run(DataSource dataSource, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean own = connection.getAutoCommit();
            if (own) {
                connection.setAutoCommit(false);
            }
            try {
                T result = work.run(connection);
                if (own) {
                    connection.commit();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                if (own) {
                    connection.rollback();
                }
                throw e;
            } finally {
                if (own) {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("market book statement failed: " + e.getMessage(), e);
        }
    }
}
