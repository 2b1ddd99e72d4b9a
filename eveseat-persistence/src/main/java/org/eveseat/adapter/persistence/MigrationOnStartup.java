package org.eveseat.adapter.persistence;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Migrates the schema before the application serves anything, called from the web module's start-up outside any
 * container transaction (Liquibase commits on its own connection). A plain CDI bean, not a startup EJB: WildFly's
 * MicroProfile configuration has no EJB container.
 */
@ApplicationScoped
public class MigrationOnStartup {
    private static final Logger LOG = Logger.getLogger(MigrationOnStartup.class.getName());

    @Inject
    MigrationState state;

    @Resource(lookup = "jdbc/eveseat")
    private DataSource dataSource;

    public void migrate() {
        long started = System.nanoTime();
        DatabaseMigration.migrate(dataSource);
        state.markMigrated();
        LOG.info(() -> "database schema up to date (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
    }
}
