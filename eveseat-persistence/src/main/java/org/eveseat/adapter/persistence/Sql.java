package org.eveseat.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Plain JDBC for the tables that are written set-wise or with compare-and-set, where JPA's unit of work gets in
 * the way. The connection is the container's: it joins the caller's transaction, so nothing here commits. Text
 * parameters are made storable ({@link StorableText}).
 */
public final class Sql {
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;

    public Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> query(String sql, Binder binder, Row<T> row) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = StorableTextStatements.wrap(connection.prepareStatement(sql))) {
            binder.bind(statement);
            try (ResultSet rs = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(row.read(rs));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    public int update(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = StorableTextStatements.wrap(connection.prepareStatement(sql))) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("update failed: " + sql, e);
        }
    }

    /** One statement, run once per item as a JDBC batch. */
    public <T> int batch(String sql, Iterable<T> items, ItemBinder<T> binder) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = StorableTextStatements.wrap(connection.prepareStatement(sql))) {
            for (T item : items) {
                binder.bind(statement, item);
                statement.addBatch();
            }
            int total = 0;
            for (int count : statement.executeBatch()) {
                total += Math.max(0, count);
            }
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException("batch failed: " + sql, e);
        }
    }

    public interface ItemBinder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }
}
