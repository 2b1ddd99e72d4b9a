package org.eveseat.adapter.web.wiring;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.eveseat.adapter.batch.scheduler.SyncScheduler;
import org.eveseat.adapter.persistence.MigrationOnStartup;

/**
 * Migrates the schema, starts loading the shipped static data into a fresh database, then starts the sync
 * scheduler and the laying out of the trade hubs' books, before the web module serves a request; stops the
 * scheduler when the web module ends. A servlet listener
 * works alike on Payara Micro, Payara Server and WildFly: it runs inside the web module (inside an EAR, Payara
 * Server notifies application-scope observers outside it, where {@code java:comp} resources cannot be looked up),
 * and it needs no EJB container (WildFly's MicroProfile configuration has none).
 */
@WebListener
public class ApplicationStartup implements ServletContextListener {
    @Inject
    MigrationOnStartup migration;

    @Inject
    SyncScheduler scheduler;

    @Inject
    StaticDataOnStartup staticData;

    @Inject
    TradeRoutesOnStartup tradeRoutes;

    @Override
    public void contextInitialized(ServletContextEvent started) {
        migration.migrate();
        staticData.start();
        scheduler.start();
        tradeRoutes.start();
    }

    /**
     * A graceful stop (SIGTERM to Payara Micro, an undeploy, a server's shutdown): the scheduler stops its jobs and
     * gives this node's sync leases back while the batch runtime and the datasource still serve.
     */
    @Override
    public void contextDestroyed(ServletContextEvent stopped) {
        scheduler.stop();
    }
}
