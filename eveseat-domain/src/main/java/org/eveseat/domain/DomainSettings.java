package org.eveseat.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.sync.model.LeaseHolder;
import org.eveseat.domain.sync.model.SyncEndpoint;

/**
 * The settings the use cases are built with. {@code runnableEndpoints} is asked only when the first-sync query is
 * built, since the application may learn which endpoints it can run from adapters built after the domain.
 *
 * @param clock the time every use case reads
 * @param syncLease how long a claimed sync is held; when its node dies, the sync is due again after this
 * @param publicContractRegions the regions whose public contracts are kept
 * @param adminCharacter the character whose account becomes admin at its next login
 * @param requestedScopes the EVE SSO scopes the login asks for
 * @param runnableEndpoints the sync endpoints this application runs (the first sync counts only these)
 * @param leaseHolder this node's name on the sync leases it takes, so that it gives back only its own
 */
public record DomainSettings(Clock clock, Duration syncLease, List<Long> publicContractRegions,
                             Optional<CharacterId> adminCharacter, List<String> requestedScopes,
                             Supplier<Set<SyncEndpoint>> runnableEndpoints, LeaseHolder leaseHolder) {
    /** The Forge, where Jita is. */
    public static final long THE_FORGE = 10000002L;

    public DomainSettings {
        publicContractRegions = List.copyOf(publicContractRegions);
        requestedScopes = List.copyOf(requestedScopes);
    }

    /**
     * The server's defaults: system clock in UTC, 15-minute leases held in this process's name, The Forge, no
     * scopes, every endpoint.
     */
    public static DomainSettings defaults() {
        return new DomainSettings(Clock.systemUTC(), Duration.ofMinutes(15), List.of(THE_FORGE), Optional.empty(),
                List.of(), () -> EnumSet.allOf(SyncEndpoint.class), LeaseHolder.thisProcess());
    }
}
