package org.eveseat.adapter.web.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eveseat.adapter.persistence.MigrationState;

/** Ready only when the schema is migrated and the database answers right now. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    private static final int TIMEOUT_SECONDS = 2;

    @Inject
    MigrationState migration;

    @Resource(lookup = "jdbc/eveseat")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("migrated", migration.isMigrated());
        try (Connection connection = dataSource.getConnection()) {
            boolean reachable = connection.isValid(TIMEOUT_SECONDS);
            return response.withData("reachable", reachable).status(reachable && migration.isMigrated()).build();
        } catch (SQLException e) {
            return response.withData("reachable", false).withData("error", e.getMessage()).down().build();
        }
    }
}
