package org.eveseat.domain.sync.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.model.SyncState;

/**
 * The persisted schedule: one row per endpoint and owner, so due times survive restarts and every node sees the
 * same plan. Claiming is a compare-and-set on the due time, which is what makes a due sync run exactly once
 * even while the cluster moves partitions between nodes.
 */
public interface SyncScheduleRepository {
    /** Adds the syncs not planned yet; those already planned keep their due time. Returns how many were added. */
    int addMissing(Collection<ScheduledSync> syncs);

    /** Drops the endpoint's syncs whose owner is no longer among {@code owners} (token gone, scope revoked). */
    int retainOnly(SyncEndpoint endpoint, Set<Long> owners);

    List<ScheduledSync> due(Instant now, Set<Integer> partitions, int limit);

    /**
     * Moves the due time from {@code seenDue} to {@code leaseUntil}, the end of the claimer's lease; false when
     * another node claimed it first.
     */
    boolean claim(SyncKey key, Instant seenDue, Instant leaseUntil);

    /** Moves the due time (the lease end of a running sync) to {@code until} if that is later. */
    void extendLease(SyncKey key, Instant until);

    /**
     * Makes a planned sync due at {@code now}, unless a run holds a lease on it that lasts beyond {@code now} (a
     * claim takes a lease, renewals extend it, the outcome's record ends it).
     */
    DueNow dueAt(SyncKey key, Instant now);

    /** What {@link #dueAt} found. */
    enum DueNow { DUE, NOT_PLANNED, RUNNING }

    void record(SyncKey key, SyncState state, Instant nextDue);

    Optional<ScheduledSync> find(SyncKey key);

    List<ScheduledSync> all(int limit);
}
