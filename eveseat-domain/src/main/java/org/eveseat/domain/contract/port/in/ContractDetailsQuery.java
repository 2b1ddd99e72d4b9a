package org.eveseat.domain.contract.port.in;

import org.eveseat.domain.contract.model.ContractDetails;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.shared.Viewer;

/** One stored contract of a character or corporation, with the route of a courier contract; NotFound if not the viewer's. */
public interface ContractDetailsQuery {
    ContractDetails details(Viewer viewer, ContractOwner owner, long contractId);
}
