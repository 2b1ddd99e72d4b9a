package org.eveseat.domain.contract.port.out;

import java.util.List;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.contract.model.Contract;
import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.contract.model.ContractItem;
import org.eveseat.domain.contract.model.ContractOffer;
import org.eveseat.domain.contract.model.PublicContractItem;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiPage;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.RegionId;

/**
 * Contracts on ESI: those a character or corporation is party to, with their items and bids, and the public
 * contracts of a region. Paged resources come back whole (the implementation walks all pages); reads honour ESI's
 * cache and report it in the result.
 */
public interface ContractEsi {
    EsiResult<List<Contract>> characterContracts(CharacterId characterId, AccessToken token);

    EsiResult<List<ContractItem>> characterContractItems(CharacterId characterId, long contractId,
                                                         AccessToken token);

    EsiResult<List<ContractBid>> characterContractBids(CharacterId characterId, long contractId, AccessToken token);

    EsiResult<List<Contract>> corporationContracts(CorporationId corporationId, AccessToken token);

    EsiResult<List<ContractItem>> corporationContractItems(CorporationId corporationId, long contractId,
                                                           AccessToken token);

    EsiResult<List<ContractBid>> corporationContractBids(CorporationId corporationId, long contractId,
                                                         AccessToken token);

    EsiResult<List<ContractOffer>> publicContracts(RegionId regionId);

    /** One page of a region's public contracts, for a reader that stores page by page (page 1 honours the cache). */
    EsiResult<EsiPage<ContractOffer>> publicContractsPage(RegionId regionId, int page);

    /** Empty once the contract is no longer outstanding (ESI answers 204 then). */
    EsiResult<List<PublicContractItem>> publicContractItems(long contractId);

    /** Empty once the contract is no longer outstanding (ESI answers 204 then). */
    EsiResult<List<ContractBid>> publicContractBids(long contractId);
}
