package org.eveseat.domain.sync.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eveseat.domain.sync.model.LeaseHolder;
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
     * Moves the due time from {@code seenDue} to {@code leaseUntil}, the end of the lease {@code holder} takes;
     * false when another node claimed it first.
     */
    boolean claim(SyncKey key, Instant seenDue, Instant leaseUntil, LeaseHolder holder);

    /**
     * Moves the due time (the lease end of a running sync) to {@code until} if that is later, while
     * {@code holder} holds the lease: a lease given back or taken over by another node stays as it is.
     */
    void extendLease(SyncKey key, Instant until, LeaseHolder holder);

    /**
     * Gives back every lease {@code holder} holds, in one statement: each such lease ends at {@code until} (or
     * earlier, if it ends sooner), held by no node, so no renewal extends it, and the sync is due then; its state
     * (last success, failure streak) stays. Returns how many were given back.
     */
    int release(LeaseHolder holder, Instant until);

    /**
     * Makes a planned sync due at {@code now}, unless a run holds a lease on it that lasts beyond {@code now} (a
     * claim takes a lease, renewals extend it, the outcome's record or its holder's {@link #release} ends it).
     */
    DueNow dueAt(SyncKey key, Instant now);

    /** What {@link #dueAt} found. */
    enum DueNow { DUE, NOT_PLANNED, RUNNING }

    void record(SyncKey key, SyncState state, Instant nextDue);

    Optional<ScheduledSync> find(SyncKey key);

    List<ScheduledSync> all(int limit);
}
