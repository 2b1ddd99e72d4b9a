package org.eveseat.domain.contract.service;

import java.time.Clock;

import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.contract.model.ContractPage;
import org.eveseat.domain.contract.model.ContractSearch;
import org.eveseat.domain.contract.port.in.ListContractsQuery;
import org.eveseat.domain.contract.port.out.ContractRepository;
import org.eveseat.domain.shared.Viewer;

/** Lists stored contracts; never calls ESI, so paging costs no ESI budget. */
public class ListContractsService implements ListContractsQuery {
    private final VisibleContracts contracts;
    private final Clock clock;

    public ListContractsService(ContractAccess access, ContractRepository contracts, Clock clock) {
        this.contracts = new VisibleContracts(access, contracts);
        this.clock = clock;
    }

    @Override
    public ContractPage list(Viewer viewer, ContractOwner owner, ContractSearch search) {
        return contracts.repository().list(contracts.visibleOwner(viewer, owner), search, clock.instant());
    }
}
