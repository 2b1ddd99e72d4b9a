package org.eveseat.adapter.persistence.wallet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.port.out.WalletJournalRepository;

/**
 * The wallet journal in plain JDBC: a sync writes thousands of immutable rows at a time, which one JPA persist
 * per row cannot keep up with. A batch is streamed into a stage table and moved with one
 * {@code insert ... on conflict do nothing}. Transactions are the caller's: in the container the pooled
 * connection is enlisted in the JTA transaction, so this class never commits or rolls back.
 */
@ApplicationScoped
public class JdbcWalletJournalRepository implements WalletJournalRepository {
    private static final String OWNER = "owner_kind = ? and owner_id = ? and division = ?";

    @Resource(lookup = "jdbc/eveseat")
    private DataSource dataSource;

    protected JdbcWalletJournalRepository() {
        // for CDI
    }

    public JdbcWalletJournalRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public int insertNew(JournalOwner owner, List<WalletJournalEntry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection()) {
            JournalStage.fill(connection, entries);
            try (PreparedStatement move = owned(connection, "insert into wallet_journal (owner_kind, owner_id, "
                    + "division, " + JournalRows.COLUMNS + ") select ?, ?, ?, " + JournalRows.COLUMNS + " from "
                    + JournalStage.TABLE + " on conflict do nothing", owner)) {
                return move.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing " + entries.size() + " journal entries failed", e);
        }
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
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = owned(connection, sql, owner);
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

    private static PreparedStatement owned(Connection connection, String sql, JournalOwner owner)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setString(1, owner.kind().name());
        statement.setLong(2, owner.id());
        statement.setInt(3, owner.division());
        return statement;
    }
}
