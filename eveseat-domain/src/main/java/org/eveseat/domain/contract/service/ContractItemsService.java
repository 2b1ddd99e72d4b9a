package org.eveseat.domain.contract.service;

import java.util.List;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.contract.model.ContractItem;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.contract.port.in.ContractItemsQuery;
import org.eveseat.domain.contract.port.out.ContractRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** The stored items of a contract; empty until a sync has fetched them. */
public class ContractItemsService implements ContractItemsQuery {
    private final CharacterContracts contracts;

    public ContractItemsService(CharacterVisibilityQuery visibility, ContractRepository contracts) {
        this.contracts = new CharacterContracts(visibility, contracts);
    }

    @Override
    public List<ContractItem> items(Viewer viewer, CharacterId characterId, long contractId) {
        contracts.visibleContract(viewer, characterId, contractId);
        return contracts.repository().items(ContractOwner.of(characterId), contractId);
    }
}
