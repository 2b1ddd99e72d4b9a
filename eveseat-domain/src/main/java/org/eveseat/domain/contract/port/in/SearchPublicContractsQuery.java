package org.eveseat.domain.contract.port.in;

import org.eveseat.domain.contract.model.PublicContractPage;
import org.eveseat.domain.contract.model.PublicContractSearch;

/**
 * Searches the stored public contracts, which anyone logged in may see: no ESI call, so a search costs no ESI
 * budget. An item type name no type matches finds nothing.
 */
public interface SearchPublicContractsQuery {
    PublicContractPage search(PublicContractSearch search);
}
