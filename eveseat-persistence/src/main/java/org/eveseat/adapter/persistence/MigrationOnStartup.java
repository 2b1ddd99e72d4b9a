package org.eveseat.adapter.persistence;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * Migrates the schema before the application serves anything. Bean-managed transactions, because Liquibase commits
 * on its own connection and must not join a container transaction.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class MigrationOnStartup {
    private static final Logger LOG = Logger.getLogger(MigrationOnStartup.class.getName());

    @Inject
    MigrationState state;

    @Resource(lookup = "jdbc/eveseat")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        DatabaseMigration.migrate(dataSource);
        state.markMigrated();
        LOG.info(() -> "database schema up to date (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
    }
}
