package org.eveseat.domain.contract.port.in;

import java.util.List;

import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.shared.Viewer;

/** The stored bids on one auction of a character or corporation, highest bid id first; NotFound if not the viewer's. */
public interface ContractBidsQuery {
    List<ContractBid> bids(Viewer viewer, ContractOwner owner, long contractId);
}
