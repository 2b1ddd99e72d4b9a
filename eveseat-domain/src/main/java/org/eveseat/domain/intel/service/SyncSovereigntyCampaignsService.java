package org.eveseat.domain.intel.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.eveseat.domain.intel.model.SovereigntyCampaign;
import org.eveseat.domain.intel.port.in.SyncSovereigntyCampaignsUseCase;
import org.eveseat.domain.intel.port.out.SovereigntyEsi;
import org.eveseat.domain.intel.port.out.SovereigntyRepository;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SyncOutcome;

/** Replaces the stored campaigns with ESI's list, so finished fights leave the map. */
public class SyncSovereigntyCampaignsService implements SyncSovereigntyCampaignsUseCase {
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(5);

    private final SovereigntyEsi esi;
    private final SovereigntyRepository sovereignty;
    private final Clock clock;

    public SyncSovereigntyCampaignsService(SovereigntyEsi esi, SovereigntyRepository sovereignty, Clock clock) {
        this.esi = esi;
        this.sovereignty = sovereignty;
        this.clock = clock;
    }

    @Override
    public SyncOutcome sync() {
        try {
            EsiResult<List<SovereigntyCampaign>> campaigns = esi.campaigns();
            return SyncOutcome.afterReads(campaigns.storeIfFresh(sovereignty::replaceCampaigns), campaigns);
        } catch (DomainException e) {
            return SyncOutcome.failed(e, clock.instant().plus(RETRY_AFTER_FAILURE));
        }
    }
}
