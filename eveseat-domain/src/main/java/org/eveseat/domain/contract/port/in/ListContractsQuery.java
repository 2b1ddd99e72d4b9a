package org.eveseat.domain.contract.port.in;

import org.eveseat.domain.contract.model.ContractPage;
import org.eveseat.domain.contract.model.ContractSearch;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;

/** One keyset page of a character's stored contracts; NotFound for characters the viewer may not see. */
public interface ListContractsQuery {
    ContractPage list(Viewer viewer, CharacterId characterId, ContractSearch search);
}
