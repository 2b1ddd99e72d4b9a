package org.eveseat.domain.market.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

import org.eveseat.domain.market.model.TradeHub;
import org.eveseat.domain.market.port.in.SyncHubHistoryUseCase;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.shared.UpstreamPausedException;

/**
 * Reads the history of the {@link #TYPES_PER_HUB} most traded types of each hub (500 reads at most), skipping
 * those stored and still current. ESI counts every failed read against its error limit, so the run stops after
 * {@link #MAX_FAILURES} of them, and at once when the gateway pauses for the limit (the sync is then deferred).
 * ESI publishes the day's rows at 11:05 UTC, so the next run is due just after the next 11:05.
 */
public class SyncHubHistoryService implements SyncHubHistoryUseCase {
    static final int TYPES_PER_HUB = 100;
    static final int MAX_FAILURES = 10;
    static final LocalTime PUBLISHED = LocalTime.of(11, 10);
    /** No hub's book is stored yet (a fresh install): look again soon rather than tomorrow. */
    static final Duration NO_BOOK_YET = Duration.ofHours(1);

    private final Function<TradeHub, List<TypeId>> hubTypes;
    private final HistoryCache cache;
    private final Clock clock;

    SyncHubHistoryService(Function<TradeHub, List<TypeId>> hubTypes, HistoryCache cache, Clock clock) {
        this.hubTypes = hubTypes;
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    public SyncOutcome sync() {
        int read = 0;
        int failures = 0;
        int types = 0;
        DomainException lastFailure = null;
        for (TradeHub hub : TradeHub.ALL) {
            List<TypeId> traded = hubTypes.apply(hub);
            types += traded.size();
            for (TypeId type : traded) {
                try {
                    read += cache.refreshIfExpired(hub.regionId(), type) ? 1 : 0;
                } catch (UpstreamPausedException e) {
                    return SyncOutcome.failed(e, nextRun());
                } catch (DomainException e) {
                    lastFailure = e;
                    if (++failures >= MAX_FAILURES) {
                        return SyncOutcome.failed(e, clock.instant().plus(Duration.ofHours(1)));
                    }
                }
            }
        }
        if (types == 0) {
            return SyncOutcome.of(Status.UNCHANGED, clock.instant().plus(NO_BOOK_YET));
        }
        if (lastFailure != null && read == 0) {
            return SyncOutcome.failed(lastFailure, clock.instant().plus(Duration.ofHours(1)));
        }
        return SyncOutcome.of(read > 0 ? Status.UPDATED : Status.UNCHANGED, nextRun());
    }

    private Instant nextRun() {
        Instant now = clock.instant();
        Instant today = now.atZone(ZoneOffset.UTC).toLocalDate().atTime(PUBLISHED).toInstant(ZoneOffset.UTC);
        return today.isAfter(now) ? today : today.plus(Duration.ofDays(1));
    }
}
