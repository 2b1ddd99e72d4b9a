package org.eveseat.adapter.web.wiring;

import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.persistence.universe.PostgresStaticData;
import org.eveseat.domain.universe.port.in.ImportStaticDataUseCase;

/**
 * Loads the shipped static data into a fresh database without holding up the start (a few seconds, more on a busy
 * machine); until it is in, readers of the static data on this node wait for it rather than see none.
 */
@ApplicationScoped
public class StaticDataOnStartup {
    private static final Logger LOG = Logger.getLogger(StaticDataOnStartup.class.getName());

    @Inject
    ImportStaticDataUseCase staticData;
    @Inject
    PostgresStaticData readers;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    public void start() {
        readers.waitFor(CompletableFuture.runAsync(() -> {
            try {
                staticData.loadShippedIfEmpty();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "the shipped static data could not be loaded", e);
            }
        }, executor));
    }
}
