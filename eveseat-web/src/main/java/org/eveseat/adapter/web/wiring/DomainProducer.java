package org.eveseat.adapter.web.wiring;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eveseat.adapter.batch.scheduler.SyncRunners;
import org.eveseat.adapter.esi.sso.SsoSettings;
import org.eveseat.domain.DomainSettings;
import org.eveseat.domain.EveSeatDomain;
import org.eveseat.domain.Ports;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.sync.model.LeaseHolder;

/**
 * The one {@link EveSeatDomain} of the application: its out-ports are the adapters among the CDI beans, looked up
 * by type when a use case first needs them, and its settings come from MicroProfile Config.
 */
@ApplicationScoped
public class DomainProducer {
    private static final Logger LOG = Logger.getLogger(DomainProducer.class.getName());

    @Inject
    Instance<Object> beans;

    /** Asked only when the first-sync query is built: the runners depend on use cases of this domain. */
    @Inject
    Instance<SyncRunners> runners;

    @Inject
    SsoSettings sso;

    /** Work the use cases hand off to go on after an answer (names looked up in ESI). */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService background;

    /** How long a claimed sync is held; when its node dies, the sync is due again after this. */
    @Inject
    @ConfigProperty(name = "eveseat.sync.lease-seconds", defaultValue = "900")
    long leaseSeconds;

    /** Regions whose public contracts are kept, comma-separated (The Forge by default). */
    @Inject
    @ConfigProperty(name = "eveseat.sync.public-contract-regions", defaultValue = "10000002")
    List<Long> publicContractRegions;

    @Inject
    @ConfigProperty(name = "eveseat.admin-character-id")
    Optional<Long> adminCharacterId;

    @Produces
    @Singleton
    EveSeatDomain domain() {
        LeaseHolder node = LeaseHolder.thisProcess();
        LOG.info(() -> "this node holds its sync leases as " + node);
        DomainSettings settings = new DomainSettings(
                Clock.systemUTC(),
                Duration.ofSeconds(leaseSeconds),
                publicContractRegions,
                adminCharacterId.map(CharacterId::new),
                sso.scopes(),
                () -> runners.get().runnable(),
                node);
        return new EveSeatDomain(adapters(), settings);
    }

    private Ports adapters() {
        return type -> {
            if (type == Executor.class) {
                return Optional.of(background);
            }
            Instance<?> match = beans.select(type);
            return match.isResolvable() ? Optional.of(match.get()) : Optional.empty();
        };
    }
}
