package org.eveseat.adapter.esi.contract;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.contract.model.Contract;
import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.contract.model.ContractItem;
import org.eveseat.domain.contract.model.ContractOffer;
import org.eveseat.domain.contract.model.PublicContractItem;
import org.eveseat.domain.contract.port.out.ContractEsi;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiPage;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.RegionId;

/**
 * Contracts over ESI: a party's contracts with their items and bids (character or corporation token), and the
 * public contracts of a region, which carry no rate-limit group. Contract lists and all public listings are
 * X-Pages resources, walked whole through the gateway; so are a corporation contract's bids.
 */
@ApplicationScoped
public class EsiContractAdapter implements ContractEsi {
    private static final Function<String, List<Contract>> CONTRACTS =
            EsiJson.list(ContractDto.class, ContractMapper::toContract);
    private static final Function<String, List<ContractItem>> ITEMS =
            EsiJson.list(ContractItemDto.class, ContractMapper::toItem);
    private static final Function<String, List<ContractBid>> BIDS =
            EsiJson.list(ContractBidDto.class, ContractMapper::toBid);
    private static final Function<String, List<ContractOffer>> OFFERS =
            EsiJson.list(ContractDto.class, ContractMapper::toOffer);

    private EsiTable esi;

    protected EsiContractAdapter() {
    }

    @Inject
    public EsiContractAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<List<Contract>> characterContracts(CharacterId characterId, AccessToken token) {
        return esi.readPages(character("", characterId, token), CONTRACTS);
    }

    @Override
    public EsiResult<List<ContractItem>> characterContractItems(CharacterId characterId, long contractId,
                                                                AccessToken token) {
        return esi.read(character("/{contract_id}/items", characterId, token).with("contract_id", contractId), ITEMS);
    }

    @Override
    public EsiResult<List<ContractBid>> characterContractBids(CharacterId characterId, long contractId,
                                                              AccessToken token) {
        return esi.read(character("/{contract_id}/bids", characterId, token).with("contract_id", contractId), BIDS);
    }

    @Override
    public EsiResult<List<Contract>> corporationContracts(CorporationId corporationId, AccessToken token) {
        return esi.readPages(corporation("", corporationId, token), CONTRACTS);
    }

    @Override
    public EsiResult<List<ContractItem>> corporationContractItems(CorporationId corporationId, long contractId,
                                                                  AccessToken token) {
        return esi.read(corporation("/{contract_id}/items", corporationId, token).with("contract_id", contractId),
                ITEMS);
    }

    @Override
    public EsiResult<List<ContractBid>> corporationContractBids(CorporationId corporationId, long contractId,
                                                                AccessToken token) {
        return esi.readPages(corporation("/{contract_id}/bids", corporationId, token).with("contract_id", contractId),
                BIDS);
    }

    @Override
    public EsiResult<List<ContractOffer>> publicContracts(RegionId regionId) {
        return esi.readPages(publicListing(regionId), OFFERS);
    }

    @Override
    public EsiResult<EsiPage<ContractOffer>> publicContractsPage(RegionId regionId, int page) {
        return esi.readPage(publicListing(regionId), page, OFFERS);
    }

    @Override
    public EsiResult<List<PublicContractItem>> publicContractItems(long contractId) {
        return esi.readPages(EsiRequest.of("GET /contracts/public/items/{contract_id}").with("contract_id", contractId),
                EsiJson.list(ContractItemDto.class, ContractMapper::toPublicItem));
    }

    @Override
    public EsiResult<List<ContractBid>> publicContractBids(long contractId) {
        return esi.readPages(EsiRequest.of("GET /contracts/public/bids/{contract_id}").with("contract_id", contractId),
                BIDS);
    }

    private static EsiRequest character(String part, CharacterId characterId, AccessToken token) {
        return EsiRequest.of("GET /characters/{character_id}/contracts" + part).with("character_id", characterId)
                .token(token);
    }

    private static EsiRequest corporation(String part, CorporationId corporationId, AccessToken token) {
        return EsiRequest.of("GET /corporations/{corporation_id}/contracts" + part)
                .with("corporation_id", corporationId).token(token);
    }

    private static EsiRequest publicListing(RegionId regionId) {
        return EsiRequest.of("GET /contracts/public/{region_id}").with("region_id", regionId);
    }
}
