package org.eveseat.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Consumer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL 17 run from the launcher when no external database is configured. Its data directory lives under
 * the EVESeat data directory and is initialised only once, so data survives restarts. This is where real data
 * lives, so it runs durably ({@link #DURABLE}), unlike the test databases; a server left running in the directory
 * by a killed launcher is taken over first ({@link LeftoverPostgres}).
 */
final class EmbeddedDatabase implements AutoCloseable {
    private static final String DATABASE = "eveseat";
    /**
     * The embedded driver turns fsync off ({@code -F}) and sets {@code synchronous_commit=off} for test speed; a
     * crash of the machine could then lose or corrupt committed data. These come after its options and win.
     */
    static final Map<String, String> DURABLE = Map.of("fsync", "on", "synchronous_commit", "on",
            "full_page_writes", "on", "idle_in_transaction_session_timeout", EmbeddedDatabase.IDLE_IN_TRANSACTION);
    /**
     * A transaction left open by a thread that moved on (seen once under a burst of first syncs on two nodes: a
     * batch chunk's transaction never committed) would hold its row locks for ever and stall every planner; the
     * server ends such a session instead, rolling it back.
     */
    static final String IDLE_IN_TRANSACTION = "60s";

    private final EmbeddedPostgres postgres;
    private final String user;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String user, String password) {
        this.postgres = postgres;
        this.user = user;
        this.password = password;
    }

    static EmbeddedDatabase start(Path dataDir, int port, String user, String password) throws IOException, SQLException {
        return start(dataDir, port, user, password, message -> System.out.println("[eveseat] " + message));
    }

    static EmbeddedDatabase start(Path dataDir, int port, String user, String password, Consumer<String> log)
            throws IOException, SQLException {
        Path pgData = dataDir.resolve("postgres");
        Files.createDirectories(pgData);
        LeftoverPostgres.takeOver(pgData, log);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        DURABLE.forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        var database = new EmbeddedDatabase(postgres, user, password);
        database.createApplicationDatabase();
        return database;
    }

    DatabaseTarget target() {
        return new DatabaseTarget("127.0.0.1", postgres.getPort(), DATABASE, user, password);
    }

    private void createApplicationDatabase() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            boolean exists;
            try (var rows = statement.executeQuery("select 1 from pg_roles where rolname = '" + sqlText(user) + "'")) {
                exists = rows.next();
            }
            if (!exists) {
                statement.execute("create role \"" + user.replace("\"", "") + "\" login password '" + sqlText(password) + "'");
            }
            try (var rows = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                exists = rows.next();
            }
            if (!exists) {
                statement.execute("create database " + DATABASE + " owner \"" + user.replace("\"", "") + "\"");
            }
        }
    }

    private static String sqlText(String value) {
        return value.replace("'", "''");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
