package org.eveseat.domain.intel.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.eveseat.domain.intel.model.Incursion;
import org.eveseat.domain.intel.port.in.SyncIncursionsUseCase;
import org.eveseat.domain.intel.port.out.IncursionEsi;
import org.eveseat.domain.intel.port.out.IncursionRepository;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SyncOutcome;

/** Replaces the stored incursions with ESI's list, so ended ones leave the map. */
public class SyncIncursionsService implements SyncIncursionsUseCase {
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(5);

    private final IncursionEsi esi;
    private final IncursionRepository incursions;
    private final Clock clock;

    public SyncIncursionsService(IncursionEsi esi, IncursionRepository incursions, Clock clock) {
        this.esi = esi;
        this.incursions = incursions;
        this.clock = clock;
    }

    @Override
    public SyncOutcome sync() {
        try {
            EsiResult<List<Incursion>> running = esi.incursions();
            return SyncOutcome.afterReads(running.storeIfFresh(incursions::replaceAll), running);
        } catch (DomainException e) {
            return SyncOutcome.failed(e, clock.instant().plus(RETRY_AFTER_FAILURE));
        }
    }
}
