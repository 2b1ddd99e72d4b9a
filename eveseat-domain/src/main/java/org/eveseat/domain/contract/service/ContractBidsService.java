package org.eveseat.domain.contract.service;

import java.util.List;

import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.contract.port.in.ContractBidsQuery;
import org.eveseat.domain.contract.port.out.ContractRepository;
import org.eveseat.domain.shared.Viewer;

/** The stored bids on a contract; only auctions have any. */
public class ContractBidsService implements ContractBidsQuery {
    private final VisibleContracts contracts;

    public ContractBidsService(ContractAccess access, ContractRepository contracts) {
        this.contracts = new VisibleContracts(access, contracts);
    }

    @Override
    public List<ContractBid> bids(Viewer viewer, ContractOwner owner, long contractId) {
        contracts.visibleContract(viewer, owner, contractId);
        return contracts.repository().bids(owner, contractId);
    }
}
