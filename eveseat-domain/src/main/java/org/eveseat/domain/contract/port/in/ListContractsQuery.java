package org.eveseat.domain.contract.port.in;

import org.eveseat.domain.contract.model.ContractPage;
import org.eveseat.domain.contract.model.ContractSearch;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.shared.Viewer;

/** One keyset page of a character or corporation's stored contracts; NotFound for lists the viewer may not read. */
public interface ListContractsQuery {
    ContractPage list(Viewer viewer, ContractOwner owner, ContractSearch search);
}
