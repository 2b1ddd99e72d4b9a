package org.eveseat.domain.contract.service;

import java.util.List;

import org.eveseat.domain.contract.model.ContractItem;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.contract.port.in.ContractItemsQuery;
import org.eveseat.domain.contract.port.out.ContractRepository;
import org.eveseat.domain.shared.Viewer;

/** The stored items of a contract; empty until a sync has fetched them. */
public class ContractItemsService implements ContractItemsQuery {
    private final VisibleContracts contracts;

    public ContractItemsService(ContractAccess access, ContractRepository contracts) {
        this.contracts = new VisibleContracts(access, contracts);
    }

    @Override
    public List<ContractItem> items(Viewer viewer, ContractOwner owner, long contractId) {
        contracts.visibleContract(viewer, owner, contractId);
        return contracts.repository().items(owner, contractId);
    }
}
