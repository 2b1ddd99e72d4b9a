package org.eveseat.domain.intel.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eveseat.domain.intel.port.in.SyncSystemActivityUseCase;
import org.eveseat.domain.intel.port.out.SystemActivityRepository;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.universe.model.SystemJumps;
import org.eveseat.domain.universe.model.SystemKills;
import org.eveseat.domain.universe.port.out.UniverseCatalogueEsi;

/**
 * Reads ESI's hourly kill and jump statistics and files them under the hour they were read in, so the map can sum
 * the last 24 hours; ESI itself only ever tells the last one. Hours older than {@link #KEPT} are removed. The next
 * sync is due when the first of the two expires.
 */
public class SyncSystemActivityService implements SyncSystemActivityUseCase {
    static final Duration KEPT = Duration.ofDays(7);
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(5);

    private final UniverseCatalogueEsi esi;
    private final SystemActivityRepository activity;
    private final Clock clock;

    public SyncSystemActivityService(UniverseCatalogueEsi esi, SystemActivityRepository activity, Clock clock) {
        this.esi = esi;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public SyncOutcome sync() {
        Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS);
        try {
            EsiResult<List<SystemKills>> kills = esi.systemKills();
            boolean stored = kills.storeIfFresh(k -> activity.saveKills(hour, k));
            EsiResult<List<SystemJumps>> jumps = esi.systemJumps();
            stored |= jumps.storeIfFresh(j -> activity.saveJumps(hour, j));
            activity.removeBefore(hour.minus(KEPT));
            Instant next = kills.expires().isBefore(jumps.expires()) ? kills.expires() : jumps.expires();
            boolean neitherDue = kills instanceof EsiResult.NotDue && jumps instanceof EsiResult.NotDue;
            return SyncOutcome.of(stored ? Status.UPDATED : neitherDue ? Status.NOT_DUE : Status.UNCHANGED, next);
        } catch (DomainException e) {
            return SyncOutcome.failed(e, clock.instant().plus(RETRY_AFTER_FAILURE));
        }
    }
}
