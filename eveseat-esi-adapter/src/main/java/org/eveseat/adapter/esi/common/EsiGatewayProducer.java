package org.eveseat.adapter.esi.common;

import java.time.Clock;
import java.time.Duration;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the one {@link EsiGateway} of the application, with the container's managed threads for page walks. */
@ApplicationScoped
public class EsiGatewayProducer {
    @Inject
    @ConfigProperty(name = "eveseat.esi.error-floor", defaultValue = "20")
    int errorFloor;

    /** The share (percent) of each rate-limit group that page walks leave to single calls. */
    @Inject
    @ConfigProperty(name = "eveseat.esi.rate-reserve-percent", defaultValue = "" + EsiBudget.DEFAULT_RESERVE_PERCENT)
    int reservePercent;

    @Inject
    @ConfigProperty(name = "eveseat.esi.attempts", defaultValue = "3")
    int attempts;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /** The node's error and rate budgets, also read by the admin console. */
    @Produces
    @Singleton
    EsiBudget budget() {
        return new EsiBudget(Clock.systemUTC(), errorFloor, RateLimitGroup.fromSpec(), reservePercent);
    }

    @Produces
    @Singleton
    EsiGateway gateway(EsiCache cache, EsiBudget budget) {
        return new EsiGateway(cache, budget, new Retrier(attempts, Duration.ofMillis(500)), executor,
                Clock.systemUTC());
    }
}
