package org.eveseat.domain.sync.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eveseat.domain.character.port.in.SyncableCharactersQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.sync.model.NextDue;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.model.SyncState;
import org.eveseat.domain.sync.port.in.PlanSyncsUseCase;
import org.eveseat.domain.sync.port.out.SyncPartitions;
import org.eveseat.domain.sync.port.out.SyncScheduleRepository;

/**
 * Plans character endpoints for the characters whose valid token grants the scope, region endpoints for the
 * configured regions and universe endpoints once. Only what can run is planned, so nothing sits due forever.
 */
public class PlanSyncsService implements PlanSyncsUseCase {
    private final SyncableCharactersQuery characters;
    private final SyncScheduleRepository schedule;
    private final SyncPartitions partitions;
    private final List<Long> regions;
    private final Clock clock;

    public PlanSyncsService(SyncableCharactersQuery characters, SyncScheduleRepository schedule,
                            SyncPartitions partitions, List<Long> regions, Clock clock) {
        this.characters = characters;
        this.schedule = schedule;
        this.partitions = partitions;
        this.regions = List.copyOf(regions);
        this.clock = clock;
    }

    @Override
    public int plan(Set<SyncEndpoint> runnable) {
        Instant now = clock.instant();
        List<ScheduledSync> wanted = new ArrayList<>();
        for (SyncEndpoint endpoint : runnable) {
            Set<Long> owners = new HashSet<>();
            for (long owner : ownersOf(endpoint)) {
                owners.add(owner);
                SyncKey key = new SyncKey(endpoint, owner);
                long via = endpoint.ownerKind() == SyncEndpoint.OwnerKind.CHARACTER ? owner : 0;
                wanted.add(new ScheduledSync(key, via, partitions.partitionOf(key), NextDue.first(key, now),
                        SyncState.never()));
            }
            schedule.retainOnly(endpoint, owners);
        }
        return schedule.addMissing(wanted);
    }

    private List<Long> ownersOf(SyncEndpoint endpoint) {
        return switch (endpoint.ownerKind()) {
            case CHARACTER -> characters.withScope(endpoint.scope()).stream().map(CharacterId::value).toList();
            case REGION -> regions;
            case UNIVERSE -> List.of(0L);
            case CORPORATION -> List.of();
        };
    }
}
