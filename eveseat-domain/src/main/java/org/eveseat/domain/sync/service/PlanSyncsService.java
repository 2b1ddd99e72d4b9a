package org.eveseat.domain.sync.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.eveseat.domain.character.port.in.CorporationAccessQuery;
import org.eveseat.domain.character.port.in.SyncableCharactersQuery;
import org.eveseat.domain.sync.model.NextDue;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.model.SyncState;
import org.eveseat.domain.sync.port.in.PlanSyncsUseCase;
import org.eveseat.domain.sync.port.out.SyncPartitions;
import org.eveseat.domain.sync.port.out.SyncScheduleRepository;

/**
 * Plans character endpoints for the characters whose valid token grants the scope, corporation endpoints for the
 * corporations with such a member (whose token reads them), region endpoints for the configured regions (public
 * contracts: the settings; order books: the kept market regions), structure endpoints for the kept structure
 * markets and
 * universe endpoints once. Only what can run is planned, so nothing sits due forever.
 */
public class PlanSyncsService implements PlanSyncsUseCase {
    private final SyncableCharactersQuery characters;
    private final CorporationAccessQuery corporations;
    private final SyncScheduleRepository schedule;
    private final SyncPartitions partitions;
    private final List<Long> regions;
    private final Supplier<List<Long>> marketRegions;
    private final Supplier<List<Long>> marketStructures;
    private final Clock clock;

    public PlanSyncsService(SyncableCharactersQuery characters, CorporationAccessQuery corporations,
                            SyncScheduleRepository schedule, SyncPartitions partitions, List<Long> regions,
                            Clock clock) {
        this(characters, corporations, schedule, partitions, regions, List::of, clock);
    }

    /** @param marketRegions the regions whose order books are kept, read at each plan (an admin may change them) */
    public PlanSyncsService(SyncableCharactersQuery characters, CorporationAccessQuery corporations,
                            SyncScheduleRepository schedule, SyncPartitions partitions, List<Long> regions,
                            Supplier<List<Long>> marketRegions, Clock clock) {
        this(characters, corporations, schedule, partitions, regions, marketRegions, List::of, clock);
    }

    /** @param marketStructures the player structures whose markets are kept, read at each plan */
    public PlanSyncsService(SyncableCharactersQuery characters, CorporationAccessQuery corporations,
                            SyncScheduleRepository schedule, SyncPartitions partitions, List<Long> regions,
                            Supplier<List<Long>> marketRegions, Supplier<List<Long>> marketStructures,
                            Clock clock) {
        this.characters = characters;
        this.corporations = corporations;
        this.schedule = schedule;
        this.partitions = partitions;
        this.regions = List.copyOf(regions);
        this.marketRegions = marketRegions;
        this.marketStructures = marketStructures;
        this.clock = clock;
    }

    @Override
    public int plan(Set<SyncEndpoint> runnable) {
        Instant now = clock.instant();
        List<ScheduledSync> wanted = new ArrayList<>();
        for (SyncEndpoint endpoint : runnable) {
            Map<Long, Long> owners = ownersOf(endpoint);
            owners.forEach((owner, via) -> {
                SyncKey key = new SyncKey(endpoint, owner);
                wanted.add(new ScheduledSync(key, via, partitions.partitionOf(key), NextDue.first(key, now),
                        SyncState.never()));
            });
            schedule.retainOnly(endpoint, owners.keySet());
        }
        return schedule.addMissing(wanted);
    }

    /** Each owner of the endpoint with the character whose token reads it (0 for public data). */
    private Map<Long, Long> ownersOf(SyncEndpoint endpoint) {
        Map<Long, Long> owners = new TreeMap<>();
        switch (endpoint.ownerKind()) {
            case CHARACTER -> characters.withScope(endpoint.scope()).forEach(c -> owners.put(c.value(), c.value()));
            case CORPORATION -> corporations.membersWithScope(endpoint.scope())
                    .forEach((corporation, member) -> owners.put(corporation.value(), member.value()));
            case REGION -> (endpoint == SyncEndpoint.MARKET_BOOK ? marketRegions.get() : regions)
                    .forEach(region -> owners.put(region, 0L));
            // the sync picks the character that may dock; one with no such character records that, for the admin
            case STRUCTURE -> marketStructures.get().forEach(structure -> owners.put(structure, 0L));
            case UNIVERSE -> owners.put(0L, 0L);
        }
        return owners;
    }
}
