package org.eveseat.domain.contract.service;

import java.util.List;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.contract.port.in.ContractBidsQuery;
import org.eveseat.domain.contract.port.out.ContractRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** The stored bids on a contract; only auctions have any. */
public class ContractBidsService implements ContractBidsQuery {
    private final CharacterContracts contracts;

    public ContractBidsService(CharacterVisibilityQuery visibility, ContractRepository contracts) {
        this.contracts = new CharacterContracts(visibility, contracts);
    }

    @Override
    public List<ContractBid> bids(Viewer viewer, CharacterId characterId, long contractId) {
        contracts.visibleContract(viewer, characterId, contractId);
        return contracts.repository().bids(ContractOwner.of(characterId), contractId);
    }
}
