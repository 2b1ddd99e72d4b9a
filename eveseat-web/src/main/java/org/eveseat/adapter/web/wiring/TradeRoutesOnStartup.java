package org.eveseat.adapter.web.wiring;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.domain.market.model.TradeRouteSearch;
import org.eveseat.domain.market.port.in.TradeRoutesQuery;

/**
 * Runs one trade route search over every hub in the background once the node is up, so that the hubs' stored
 * books (about 600,000 orders at full size) are read and laid out before a player asks: the first search of a
 * node otherwise pays for all five. After that the book's publish lays out each region it swaps.
 */
@ApplicationScoped
public class TradeRoutesOnStartup {
    private static final Logger LOG = Logger.getLogger(TradeRoutesOnStartup.class.getName());

    @Inject
    TradeRoutesQuery routes;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    public void start() {
        executor.execute(() -> {
            try {
                long start = System.nanoTime();
                int found = routes.routes(TradeRouteSearch.between(null, null)).size();
                LOG.info(() -> "trade hub books laid out in " + (System.nanoTime() - start) / 1_000_000 + " ms ("
                        + found + " routes)");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the trade hub books could not be laid out ahead of the first search", e);
            }
        });
    }
}
