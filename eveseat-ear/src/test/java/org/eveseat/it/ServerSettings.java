package org.eveseat.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * What one server under test gets: a fresh database of its own on the embedded PostgreSQL (so each server migrates
 * an empty schema at deployment), a data directory of its own, and the fakes' addresses, all as the environment
 * variables the README tells an operator to set.
 */
final class ServerSettings {
    private ServerSettings() {
    }

    static Map<String, String> environment(String server) {
        String database = "ear_" + server;
        createDatabase(database);
        Map<String, String> settings = new HashMap<>(IntegrationEnvironment.settings());
        settings.put("eveseat.data-dir", workDir().resolve("data-" + server).toString());
        settings.put("eveseat.db.url", IntegrationEnvironment.jdbcUrl(database));
        settings.put("eveseat.db.user", "postgres");
        settings.put("eveseat.db.password", "postgres");
        return ServerProcesses.environment(settings);
    }

    static Path workDir() {
        return ServerProcesses.property("eveseat.it.workDir");
    }

    private static void createDatabase(String database) {
        try (Connection connection = IntegrationEnvironment.database().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("database " + database + " not created", e);
        }
    }
}
