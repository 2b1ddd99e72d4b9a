package org.eveseat.domain.testing;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eveseat.domain.sync.model.LeaseHolder;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.model.SyncState;
import org.eveseat.domain.sync.port.out.SyncScheduleRepository;

/**
 * The schedule store as a map, with the same compare-and-set claim as the database; it keeps the contract of the
 * PostgreSQL schedule ({@link SyncScheduleRepositoryContract}).
 */
public final class InMemorySchedule implements SyncScheduleRepository {
    public final Map<SyncKey, ScheduledSync> rows = new ConcurrentHashMap<>();
    private final Map<SyncKey, Instant> leases = new ConcurrentHashMap<>();
    private final Map<SyncKey, LeaseHolder> holders = new ConcurrentHashMap<>();

    @Override
    public int addMissing(Collection<ScheduledSync> syncs) {
        return (int) syncs.stream().filter(s -> rows.putIfAbsent(s.key(), s) == null).count();
    }

    @Override
    public int retainOnly(SyncEndpoint endpoint, Set<Long> owners) {
        List<SyncKey> gone = rows.keySet().stream()
                .filter(k -> k.endpoint() == endpoint && !owners.contains(k.ownerId())).toList();
        gone.forEach(rows::remove);
        return gone.size();
    }

    @Override
    public List<ScheduledSync> due(Instant now, Set<Integer> partitions, int limit) {
        return rows.values().stream().filter(s -> !s.nextDue().isAfter(now) && partitions.contains(s.partition()))
                .sorted(Comparator.comparing(ScheduledSync::nextDue)).limit(limit).toList();
    }

    @Override
    public synchronized boolean claim(SyncKey key, Instant seenDue, Instant leaseUntil, LeaseHolder holder) {
        ScheduledSync row = rows.get(key);
        if (row == null || !row.nextDue().equals(seenDue)) {
            return false;
        }
        rows.put(key, new ScheduledSync(key, row.viaCharacterId(), row.partition(), leaseUntil, row.state()));
        leases.put(key, leaseUntil);
        holders.put(key, holder);
        return true;
    }

    @Override
    public synchronized void extendLease(SyncKey key, Instant until, LeaseHolder holder) {
        ScheduledSync row = rows.get(key);
        if (row != null && row.nextDue().isBefore(until) && holder.equals(holders.get(key))) {
            rows.put(key, new ScheduledSync(key, row.viaCharacterId(), row.partition(), until, row.state()));
            leases.put(key, until);
        }
    }

    @Override
    public synchronized int release(LeaseHolder holder, Instant until) {
        List<SyncKey> held = holders.entrySet().stream().filter(e -> e.getValue().equals(holder)).map(Map.Entry::getKey)
                .toList();
        for (SyncKey key : held) {
            holders.remove(key);
            leases.computeIfPresent(key, (k, lease) -> lease.isBefore(until) ? lease : until);
            rows.computeIfPresent(key, (k, row) -> new ScheduledSync(k, row.viaCharacterId(), row.partition(),
                    row.nextDue().isBefore(until) ? row.nextDue() : until, row.state()));
        }
        return held.size();
    }

    @Override
    public synchronized DueNow dueAt(SyncKey key, Instant now) {
        ScheduledSync row = rows.get(key);
        if (row == null) {
            return DueNow.NOT_PLANNED;
        }
        if (leases.containsKey(key) && leases.get(key).isAfter(now)) {
            return DueNow.RUNNING;
        }
        rows.put(key, new ScheduledSync(key, row.viaCharacterId(), row.partition(), now, row.state()));
        return DueNow.DUE;
    }

    @Override
    public synchronized void record(SyncKey key, SyncState state, Instant nextDue) {
        leases.remove(key);
        holders.remove(key);
        rows.computeIfPresent(key, (k, row) -> new ScheduledSync(k, row.viaCharacterId(), row.partition(), nextDue,
                state));
    }

    @Override
    public Optional<ScheduledSync> find(SyncKey key) {
        return Optional.ofNullable(rows.get(key));
    }

    @Override
    public List<ScheduledSync> all(int limit) {
        return rows.values().stream().sorted(Comparator.comparing(ScheduledSync::nextDue)).limit(limit).toList();
    }
}
