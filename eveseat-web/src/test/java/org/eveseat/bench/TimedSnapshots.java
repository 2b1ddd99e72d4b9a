package org.eveseat.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eveseat.domain.market.model.BookPage;
import org.eveseat.domain.market.model.BookWalk;
import org.eveseat.domain.market.model.MarketOrder;
import org.eveseat.domain.market.model.BookSnapshot;
import org.eveseat.domain.market.model.OrderChangeKind;
import org.eveseat.domain.market.port.out.BookSnapshotRepository;
import org.eveseat.domain.shared.RegionId;

/**
 * The snapshot repository with the time spent storing the book summed up (the store part of a snapshot run: COPY,
 * indexes, swap), and apart from it the time spent recording order changes.
 */
final class TimedSnapshots implements BookSnapshotRepository {
    private final BookSnapshotRepository snapshots;
    private long nanos;
    private long publishNanos;
    private long changeNanos;

    TimedSnapshots(BookSnapshotRepository snapshots) {
        this.snapshots = snapshots;
    }

    long nanos() {
        return nanos;
    }

    long publishNanos() {
        return publishNanos;
    }

    long changeNanos() {
        return changeNanos;
    }

    void reset() {
        nanos = 0;
        publishNanos = 0;
        changeNanos = 0;
    }

    @Override
    public BookWalk begin(RegionId regionId, BookPage first, Instant fetchedAt, int walks) {
        return timed(() -> snapshots.begin(regionId, first, fetchedAt, walks));
    }

    @Override
    public Optional<BookWalk> unfinished(RegionId regionId) {
        return snapshots.unfinished(regionId);
    }

    @Override
    public void append(BookWalk walk, int pages, List<MarketOrder> orders) {
        timed(() -> {
            snapshots.append(walk, pages, orders);
            return null;
        });
    }

    @Override
    public void discard(BookWalk walk) {
        timed(() -> {
            snapshots.discard(walk);
            return null;
        });
    }

    @Override
    public BookSnapshot publish(BookWalk walk) {
        long before = nanos;
        BookSnapshot published = timed(() -> snapshots.publish(walk));
        publishNanos += nanos - before;
        return published;
    }

    /** Not part of storing the rows: timed on its own. */
    @Override
    public Map<OrderChangeKind, Long> recordChanges(RegionId regionId, Instant seenAt) {
        long start = System.nanoTime();
        try {
            return snapshots.recordChanges(regionId, seenAt);
        } finally {
            changeNanos += System.nanoTime() - start;
        }
    }

    @Override
    public void confirm(RegionId regionId, Instant expires) {
        snapshots.confirm(regionId, expires);
    }

    @Override
    public Optional<RegionId> regionOfStation(long stationId) {
        return snapshots.regionOfStation(stationId);
    }

    private synchronized <T> T timed(Supplier<T> write) {
        long start = System.nanoTime();
        try {
            return write.get();
        } finally {
            nanos += System.nanoTime() - start;
        }
    }
}
