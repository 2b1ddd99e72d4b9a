package org.eveseat.adapter.esi.contract;

import static org.eveseat.adapter.esi.common.EsiJson.bearer;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiJson;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RateLimitGroup;
import org.eveseat.adapter.esi.common.RestClients;
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
    static final String CHARACTER_GROUP = "char-contract";
    static final String CORPORATION_GROUP = "corp-contract";

    private static final Function<String, List<Contract>> CONTRACTS =
            EsiJson.list(ContractDto.class, ContractMapper::toContract);
    private static final Function<String, List<ContractItem>> ITEMS =
            EsiJson.list(ContractItemDto.class, ContractMapper::toItem);
    private static final Function<String, List<ContractBid>> BIDS =
            EsiJson.list(ContractBidDto.class, ContractMapper::toBid);
    private static final Function<String, List<ContractOffer>> OFFERS =
            EsiJson.list(ContractDto.class, ContractMapper::toOffer);

    private EsiContractClient client;
    private EsiGateway esi;

    protected EsiContractAdapter() {
    }

    @Inject
    public EsiContractAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiContractClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public EsiResult<List<Contract>> characterContracts(CharacterId characterId, AccessToken token) {
        return esi.readPages(character(characterId, ""), (page, etag) ->
                client.characterContracts(characterId.value(), page, bearer(token), etag), CONTRACTS);
    }

    @Override
    public EsiResult<List<ContractItem>> characterContractItems(CharacterId characterId, long contractId,
                                                                AccessToken token) {
        return esi.read(character(characterId, "/" + contractId + "/items"), etag ->
                client.characterContractItems(characterId.value(), contractId, bearer(token), etag), ITEMS);
    }

    @Override
    public EsiResult<List<ContractBid>> characterContractBids(CharacterId characterId, long contractId,
                                                              AccessToken token) {
        return esi.read(character(characterId, "/" + contractId + "/bids"), etag ->
                client.characterContractBids(characterId.value(), contractId, bearer(token), etag), BIDS);
    }

    @Override
    public EsiResult<List<Contract>> corporationContracts(CorporationId corporationId, AccessToken token) {
        return esi.readPages(corporation(corporationId, ""), (page, etag) ->
                client.corporationContracts(corporationId.value(), page, bearer(token), etag), CONTRACTS);
    }

    @Override
    public EsiResult<List<ContractItem>> corporationContractItems(CorporationId corporationId, long contractId,
                                                                  AccessToken token) {
        return esi.read(corporation(corporationId, "/" + contractId + "/items"), etag ->
                client.corporationContractItems(corporationId.value(), contractId, bearer(token), etag), ITEMS);
    }

    @Override
    public EsiResult<List<ContractBid>> corporationContractBids(CorporationId corporationId, long contractId,
                                                                AccessToken token) {
        return esi.readPages(corporation(corporationId, "/" + contractId + "/bids"), (page, etag) ->
                client.corporationContractBids(corporationId.value(), contractId, page, bearer(token), etag), BIDS);
    }

    @Override
    public EsiResult<List<ContractOffer>> publicContracts(RegionId regionId) {
        return esi.readPages(open("/contracts/public/" + regionId), (page, etag) ->
                client.publicContracts(regionId.value(), page, etag), OFFERS);
    }

    @Override
    public EsiResult<EsiPage<ContractOffer>> publicContractsPage(RegionId regionId, int page) {
        return esi.readPage(open("/contracts/public/" + regionId), page, (number, etag) ->
                client.publicContracts(regionId.value(), number, etag), OFFERS);
    }

    @Override
    public EsiResult<List<PublicContractItem>> publicContractItems(long contractId) {
        return esi.readPages(open("/contracts/public/items/" + contractId), (page, etag) ->
                client.publicContractItems(contractId, page, etag),
                EsiJson.list(ContractItemDto.class, ContractMapper::toPublicItem));
    }

    @Override
    public EsiResult<List<ContractBid>> publicContractBids(long contractId) {
        return esi.readPages(open("/contracts/public/bids/" + contractId), (page, etag) ->
                client.publicContractBids(contractId, page, etag), BIDS);
    }

    private static EsiOperation character(CharacterId characterId, String rest) {
        return EsiOperation.authed("/characters/" + characterId + "/contracts" + rest, CHARACTER_GROUP, characterId);
    }

    private static EsiOperation corporation(CorporationId corporationId, String rest) {
        return EsiOperation.corporation("/corporations/" + corporationId + "/contracts" + rest, CORPORATION_GROUP,
                corporationId);
    }

    private static EsiOperation open(String resource) {
        return EsiOperation.open(resource, RateLimitGroup.NONE);
    }
}
