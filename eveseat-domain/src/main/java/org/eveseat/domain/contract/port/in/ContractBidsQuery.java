package org.eveseat.domain.contract.port.in;

import java.util.List;

import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** The stored bids on one auction of a character, highest bid id first; NotFound if not the viewer's. */
public interface ContractBidsQuery {
    List<ContractBid> bids(Viewer viewer, CharacterId characterId, long contractId);
}
