package org.eveseat.domain.contract.service;

import java.time.Clock;
import java.time.Instant;

import org.eveseat.domain.contract.port.in.ClosePublicContractsUseCase;
import org.eveseat.domain.contract.port.in.ClosedContracts;
import org.eveseat.domain.contract.port.in.PublicContractsWalk;
import org.eveseat.domain.contract.port.out.PublicContractRepository;

/**
 * Closes what a complete walk no longer saw. The public listing only says a contract is gone, not why; the one
 * thing that can be told apart is expiry, so expired contracts are marked first and whatever is left is GONE
 * (accepted, finished or deleted). Running it again closes nothing more.
 */
public class ClosePublicContractsService implements ClosePublicContractsUseCase {
    private final PublicContractRepository contracts;
    private final Clock clock;

    public ClosePublicContractsService(PublicContractRepository contracts, Clock clock) {
        this.contracts = contracts;
        this.clock = clock;
    }

    @Override
    public ClosedContracts close(PublicContractsWalk walk) {
        Instant now = clock.instant();
        int expired = contracts.expireUnseen(walk.regionId(), walk.startedAt(), now);
        int gone = contracts.closeUnseen(walk.regionId(), walk.startedAt(), now);
        return new ClosedContracts(expired, gone);
    }
}
