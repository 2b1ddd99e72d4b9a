package org.eveseat.domain.contract.service;

import java.util.List;

import org.eveseat.domain.contract.port.in.PendingContractDetailsQuery;
import org.eveseat.domain.contract.port.out.PublicContractRepository;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;

/**
 * Lists the contracts whose details are still to be fetched, in id order, so the fetching step can checkpoint on
 * the last id it finished and resume there.
 */
public class PendingContractDetailsService implements PendingContractDetailsQuery {
    static final int MAX_LIMIT = 1000;

    private final PublicContractRepository contracts;

    public PendingContractDetailsService(PublicContractRepository contracts) {
        this.contracts = contracts;
    }

    @Override
    public List<Long> pendingAfter(RegionId regionId, long afterContractId, int limit) {
        Require.present(regionId, "region id");
        Require.notNegative(afterContractId, "contract id to start after");
        Require.between(limit, 1, MAX_LIMIT, "limit");
        return contracts.pendingDetails(regionId, afterContractId, limit);
    }
}
