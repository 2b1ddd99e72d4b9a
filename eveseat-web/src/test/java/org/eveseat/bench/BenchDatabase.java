package org.eveseat.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.eveseat.adapter.persistence.DatabaseMigration;

/**
 * An embedded PostgreSQL migrated with the real changelog, behind a connection pool as the server's data source
 * is, and the real persistence unit on it with resource-local transactions.
 */
final class BenchDatabase implements AutoCloseable {
    private final EmbeddedPostgres postgres;
    private final HikariDataSource pool;
    private final EntityManagerFactory emf;

    BenchDatabase(int connections) throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        HikariConfig config = new HikariConfig();
        config.setDataSource(postgres.getPostgresDatabase());
        config.setMaximumPoolSize(connections);
        pool = new HikariDataSource(config);
        DatabaseMigration.migrate(pool);
        emf = Persistence.createEntityManagerFactory("eveseat", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", pool));
    }

    DataSource dataSource() {
        return pool;
    }

    EntityManagerFactory entityManagerFactory() {
        return emf;
    }

    /** One account owning the characters {@code firstId..firstId+count-1}, as logins would have left them. */
    void addCharacters(long firstId, int count) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("insert into account (id) values (1)");
            try (PreparedStatement s = c.prepareStatement("insert into eve_character (id, name, owner_hash, "
                    + "account_id, scopes, token_state) select id, 'Capsuleer ' || id, 'hash', 1, "
                    + "'esi-wallet.read_character_wallet.v1', 'VALID' from generate_series(?::bigint, ?::bigint) id")) {
                s.setLong(1, firstId);
                s.setLong(2, firstId + count - 1);
                s.executeUpdate();
            }
        }
    }

    /** Rows and on-disk size of the busiest tables, for the report. */
    String sizes() throws SQLException {
        try (Connection c = pool.getConnection(); var rs = c.createStatement().executeQuery("select "
                + "(select count(*) from sync_schedule), (select count(*) from wallet_journal), "
                + "(select count(*) from wallet_balance), pg_size_pretty(pg_database_size(current_database()))")) {
            rs.next();
            return String.format("schedule %,d rows, journal %,d rows, balances %,d rows, database %s",
                    rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4));
        }
    }

    @Override
    public void close() throws IOException {
        emf.close();
        pool.close();
        postgres.close();
    }
}
