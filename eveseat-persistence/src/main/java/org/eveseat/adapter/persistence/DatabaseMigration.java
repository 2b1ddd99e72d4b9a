package org.eveseat.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/** Applies the Liquibase changelog. The same code runs at server start-up and in repository tests. */
public final class DatabaseMigration {
    public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

    private DatabaseMigration() {
    }

    public static void migrate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            var accessor = new ClassLoaderResourceAccessor(DatabaseMigration.class.getClassLoader());
            try (Liquibase liquibase = new Liquibase(CHANGELOG, accessor, database)) {
                liquibase.update("");
            }
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("database migration failed: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("database migration failed: " + e.getMessage(), e);
        }
    }
}
