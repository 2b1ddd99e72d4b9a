package org.eveseat.domain.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.RegionId;

/**
 * Contract reads answered from scripted data: listing pages per region, a party's (character's or
 * corporation's) contract list, items and bids per contract (or a failure to throw), and the calls made.
 */
public final class ScriptedContractEsi implements ContractEsi {
    public static final Instant EXPIRES = Instant.parse("2026-11-25T12:30:00Z");

    public final Map<RegionId, List<List<ContractOffer>>> listings = new HashMap<>();
    /** Answers page 1 with this (NotDue, Unchanged) instead of the listing, when set. */
    public EsiResult<EsiPage<ContractOffer>> firstPageAnswer;
    /** A party's contract list: a list, an EsiResult or a failure to throw. */
    public Object partyContracts = List.of();
    public final Map<Long, Object> items = new HashMap<>();
    public final Map<Long, Object> bids = new HashMap<>();
    public final List<String> calls = new ArrayList<>();

    @Override
    public EsiResult<EsiPage<ContractOffer>> publicContractsPage(RegionId regionId, int page) {
        calls.add("page " + regionId + "/" + page);
        if (page == 1 && firstPageAnswer != null) {
            return firstPageAnswer;
        }
        List<List<ContractOffer>> pages = listings.get(regionId);
        if (pages == null) {
            throw new NotFoundException("ESI has no /contracts/public/" + regionId);
        }
        return new EsiResult.Fresh<>(new EsiPage<>(pages.get(page - 1), page, pages.size()), EXPIRES);
    }

    @Override
    public EsiResult<List<PublicContractItem>> publicContractItems(long contractId) {
        calls.add("items " + contractId);
        return answer(items.get(contractId));
    }

    @Override
    public EsiResult<List<ContractBid>> publicContractBids(long contractId) {
        calls.add("bids " + contractId);
        return answer(bids.getOrDefault(contractId, List.of()));
    }

    @SuppressWarnings("unchecked")
    private static <T> EsiResult<List<T>> answer(Object scripted) {
        if (scripted instanceof RuntimeException failure) {
            throw failure;
        }
        if (scripted instanceof EsiResult<?> result) {
            return (EsiResult<List<T>>) result;
        }
        return new EsiResult.Fresh<>(scripted == null ? List.of() : (List<T>) scripted, EXPIRES);
    }

    @Override
    public EsiResult<List<ContractOffer>> publicContracts(RegionId regionId) {
        throw new UnsupportedOperationException("the walk reads page by page");
    }

    @Override
    public EsiResult<List<Contract>> characterContracts(CharacterId characterId, AccessToken token) {
        calls.add("contracts " + characterId);
        return answer(partyContracts);
    }

    @Override
    public EsiResult<List<ContractItem>> characterContractItems(CharacterId characterId, long contractId,
                                                                AccessToken token) {
        calls.add("items " + contractId);
        return answer(items.get(contractId));
    }

    @Override
    public EsiResult<List<ContractBid>> characterContractBids(CharacterId characterId, long contractId,
                                                              AccessToken token) {
        calls.add("bids " + contractId);
        return answer(bids.getOrDefault(contractId, List.of()));
    }

    @Override
    public EsiResult<List<Contract>> corporationContracts(CorporationId corporationId, AccessToken token) {
        calls.add("corporation contracts " + corporationId);
        return answer(partyContracts);
    }

    @Override
    public EsiResult<List<ContractItem>> corporationContractItems(CorporationId corporationId, long contractId,
                                                                  AccessToken token) {
        calls.add("corporation items " + contractId);
        return answer(items.get(contractId));
    }

    @Override
    public EsiResult<List<ContractBid>> corporationContractBids(CorporationId corporationId, long contractId,
                                                                AccessToken token) {
        calls.add("corporation bids " + contractId);
        return answer(bids.getOrDefault(contractId, List.of()));
    }
}
