package org.eveseat.domain.market.service;

import java.time.Clock;
import java.util.Optional;

import org.eveseat.domain.market.model.BookPage;
import org.eveseat.domain.market.model.BookWalk;
import org.eveseat.domain.market.model.BookWalkStart;
import org.eveseat.domain.market.port.in.StartBookWalkUseCase;
import org.eveseat.domain.market.port.out.BookSnapshotRepository;
import org.eveseat.domain.market.port.out.RegionBookEsi;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.RegionId;

/**
 * Begins a region's book sync. A walk a stopped run left is continued (its next pages show whether ESI's book is
 * still the one it began on); otherwise page 1 is read as a cached read, and only a fresh page 1 begins a walk.
 */
public class StartBookWalkService implements StartBookWalkUseCase {
    private final RegionBookEsi esi;
    private final BookSnapshotRepository snapshots;
    private final Clock clock;

    public StartBookWalkService(RegionBookEsi esi, BookSnapshotRepository snapshots, Clock clock) {
        this.esi = esi;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @Override
    public BookWalkStart start(RegionId regionId) {
        Optional<BookWalk> unfinished = snapshots.unfinished(regionId);
        if (unfinished.isPresent()) {
            return BookWalkStart.of(unfinished.get());
        }
        EsiResult<BookPage> first = esi.firstPage(regionId);
        if (first instanceof EsiResult.Fresh<BookPage> fresh) {
            return BookWalkStart.of(snapshots.begin(regionId, fresh.value(), clock.instant(), 1));
        }
        if (first instanceof EsiResult.Unchanged<BookPage>) {
            snapshots.confirm(regionId, first.expires());
        }
        return BookWalkStart.upToDate(first.expires());
    }
}
