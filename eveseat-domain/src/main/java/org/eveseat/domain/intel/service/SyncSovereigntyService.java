package org.eveseat.domain.intel.service;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eveseat.domain.intel.model.SovereigntyClaim;
import org.eveseat.domain.intel.model.SystemHolder;
import org.eveseat.domain.intel.model.SystemSovereignty;
import org.eveseat.domain.intel.port.in.SyncSovereigntyUseCase;
import org.eveseat.domain.intel.port.out.SovereigntyEsi;
import org.eveseat.domain.intel.port.out.SovereigntyRepository;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.port.out.UniverseEsi;

/**
 * Replaces the stored holders with ESI's claims and names the holders (a few hundred alliances and factions, one
 * batched lookup). A failed name lookup stores the claims without names rather than failing the sync.
 */
public class SyncSovereigntyService implements SyncSovereigntyUseCase {
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(5);

    private final SovereigntyEsi esi;
    private final UniverseEsi universe;
    private final SovereigntyRepository sovereignty;
    private final Clock clock;

    public SyncSovereigntyService(SovereigntyEsi esi, UniverseEsi universe, SovereigntyRepository sovereignty,
                                  Clock clock) {
        this.esi = esi;
        this.universe = universe;
        this.sovereignty = sovereignty;
        this.clock = clock;
    }

    @Override
    public SyncOutcome sync() {
        try {
            EsiResult<List<SystemSovereignty>> systems = esi.systems();
            return SyncOutcome.afterReads(systems.storeIfFresh(this::store), systems);
        } catch (DomainException e) {
            return SyncOutcome.failed(e, clock.instant().plus(RETRY_AFTER_FAILURE));
        }
    }

    private void store(List<SystemSovereignty> systems) {
        List<SystemHolder> unnamed = systems.stream().map(SyncSovereigntyService::holder)
                .filter(h -> h != null).toList();
        Map<Long, String> names = names(unnamed.stream().map(SystemHolder::holderId).collect(Collectors.toSet()));
        sovereignty.replaceHolders(unnamed.stream().map(h -> new SystemHolder(h.systemId(), h.allianceId(),
                h.factionId(), names.get(h.holderId()))).toList());
    }

    private Map<Long, String> names(Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        try {
            universe.names(ids).forEach((ResolvedName n) -> names.put(n.id(), n.name()));
        } catch (DomainException e) {
            // names are a nicety: the map shows the holder's colour, and the next sync asks again
        }
        return names;
    }

    private static SystemHolder holder(SystemSovereignty system) {
        if (system.claim() instanceof SovereigntyClaim.Alliance a) {
            return new SystemHolder(system.solarSystemId(), a.allianceId().value(), null, null);
        }
        if (system.claim() instanceof SovereigntyClaim.Faction f) {
            return new SystemHolder(system.solarSystemId(), null, f.factionId(), null);
        }
        return null; // unclaimed
    }
}
