package org.eveseat.adapter.persistence.wallet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.adapter.persistence.JdbcRepository;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.port.out.WalletJournalRepository;

/**
 * The wallet journal in plain JDBC: a sync writes thousands of immutable rows at a time, which one JPA persist
 * per row cannot keep up with. A chunk whose id range holds nothing stored is copied straight into the table
 * ({@link JournalFastPath}); any other goes through {@link JournalStage}, which skips what is stored. What was
 * stored is added to the daily rollups ({@link JournalRollup}) in the same transaction.
 * Transactions are the caller's: in the container the pooled connection is enlisted in the JTA transaction, so
 * this class never commits or rolls back.
 */
@ApplicationScoped
public class JdbcWalletJournalRepository extends JdbcRepository implements WalletJournalRepository {
    private static final String OWNER = JournalRows.OWNER;


    protected JdbcWalletJournalRepository() {
        // for CDI
    }

    public JdbcWalletJournalRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public int insertNew(JournalOwner owner, List<WalletJournalEntry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource().getConnection()) {
            if (!connection.getAutoCommit()) {
                return store(connection, owner, entries);
            }
            // the rows and their rollup commit together: in a transaction of this call's own
            connection.setAutoCommit(false);
            try {
                int stored = store(connection, owner, entries);
                connection.commit();
                return stored;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing " + entries.size() + " journal entries failed", e);
        }
    }

    private static int store(Connection connection, JournalOwner owner, List<WalletJournalEntry> entries)
            throws SQLException {
        if (JournalFastPath.claim(connection, owner, entries)) {
            JournalFill.into(connection, "wallet_journal", owner, entries);
            return entries.size();
        }
        List<WalletJournalEntry> stored = JournalStage.move(connection, owner, entries);
        JournalRollup.add(connection, owner, stored);
        return stored.size();
    }

    @Override
    public OptionalLong newestId(JournalOwner owner) {
        List<Long> ids = query("select max(journal_id) from wallet_journal where " + OWNER, owner, 1,
                rs -> rs.getObject(1, Long.class));
        return ids.get(0) == null ? OptionalLong.empty() : OptionalLong.of(ids.get(0));
    }

    @Override
    public long count(JournalOwner owner) {
        return query("select count(*) from wallet_journal where " + OWNER, owner, 1, rs -> rs.getLong(1)).get(0);
    }

    @Override
    public List<WalletJournalEntry> newest(JournalOwner owner, int limit) {
        return query("select " + JournalRows.COLUMNS + " from wallet_journal where " + OWNER
                + " order by journal_id desc limit " + Math.max(0, limit), owner, limit, JournalRows::entry);
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, JournalOwner owner, int expected, Row<T> row) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement select = JournalRows.owned(connection, sql, owner);
             ResultSet rs = select.executeQuery()) {
            List<T> result = new ArrayList<>(Math.min(expected, 1000));
            while (rs.next()) {
                result.add(row.read(rs));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the journal of " + owner + " failed", e);
        }
    }
}
