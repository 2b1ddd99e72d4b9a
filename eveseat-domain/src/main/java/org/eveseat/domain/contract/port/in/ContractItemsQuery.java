package org.eveseat.domain.contract.port.in;

import java.util.List;

import org.eveseat.domain.contract.model.ContractItem;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.shared.Viewer;

/** The stored items of one contract of a character or corporation, by record id; NotFound if not the viewer's. */
public interface ContractItemsQuery {
    List<ContractItem> items(Viewer viewer, ContractOwner owner, long contractId);
}
