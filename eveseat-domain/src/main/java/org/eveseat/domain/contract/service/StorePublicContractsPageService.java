package org.eveseat.domain.contract.service;

import org.eveseat.domain.contract.model.ContractOffer;
import org.eveseat.domain.contract.port.in.PublicContractsWalk;
import org.eveseat.domain.contract.port.in.StorePublicContractsPageUseCase;
import org.eveseat.domain.contract.port.in.StoredContractsPage;
import org.eveseat.domain.contract.port.out.ContractEsi;
import org.eveseat.domain.contract.port.out.PublicContractRepository;
import org.eveseat.domain.shared.EsiPage;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;

/**
 * Stores a region's public contracts page by page, so a walk over tens of thousands of contracts can checkpoint
 * after each page. Page 1 is a cached read: when ESI has nothing new the walk stops before writing anything, and
 * nothing gets closed for not having been seen. Later pages belong to the walk page 1 began and are always read.
 */
public class StorePublicContractsPageService implements StorePublicContractsPageUseCase {
    private final ContractEsi esi;
    private final PublicContractRepository contracts;

    public StorePublicContractsPageService(ContractEsi esi, PublicContractRepository contracts) {
        this.esi = esi;
        this.contracts = contracts;
    }

    @Override
    public StoredContractsPage store(PublicContractsWalk walk, int page) {
        Require.positive(page, "page");
        EsiResult<EsiPage<ContractOffer>> result = read(walk, page);
        if (!(result instanceof EsiResult.Fresh<EsiPage<ContractOffer>> fresh)) {
            return StoredContractsPage.upToDate(page);
        }
        EsiPage<ContractOffer> offers = fresh.value();
        contracts.upsert(walk.regionId(), offers.items(), walk.startedAt());
        return new StoredContractsPage(page, offers.count(), offers.items().size(), false);
    }

    private EsiResult<EsiPage<ContractOffer>> read(PublicContractsWalk walk, int page) {
        try {
            return esi.publicContractsPage(walk.regionId(), page);
        } catch (NotFoundException e) {
            throw new RuleViolationException("region " + walk.regionId() + " is unknown to ESI");
        }
    }
}
