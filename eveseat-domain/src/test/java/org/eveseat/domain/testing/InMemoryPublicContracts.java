package org.eveseat.domain.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.contract.model.ContractOffer;
import org.eveseat.domain.contract.model.PublicContract;
import org.eveseat.domain.contract.model.PublicContractItem;
import org.eveseat.domain.contract.model.PublicContractSearch;
import org.eveseat.domain.contract.model.PublicContractStatus;
import org.eveseat.domain.contract.port.out.PublicContractRepository;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/** The public contract store in memory, keyed like the real tables: contract id, item record id, bid id. */
public final class InMemoryPublicContracts implements PublicContractRepository {
    private final Map<Long, PublicContract> contracts = new TreeMap<>();
    private final Map<Long, Map<Long, PublicContractItem>> items = new TreeMap<>();
    private final Map<Long, Map<Long, ContractBid>> bids = new TreeMap<>();

    @Override
    public void upsert(RegionId regionId, List<ContractOffer> offers, Instant seenAt) {
        for (ContractOffer offer : offers) {
            PublicContract known = contracts.get(offer.contractId());
            Instant lastSeen = known == null || seenAt.isAfter(known.lastSeen()) ? seenAt : known.lastSeen();
            contracts.put(offer.contractId(), new PublicContract(offer, regionId, PublicContractStatus.OUTSTANDING,
                    lastSeen, known == null ? null : known.detailsFetchedAt(), null));
        }
    }

    @Override
    public Optional<PublicContract> find(long contractId) {
        return Optional.ofNullable(contracts.get(contractId));
    }

    @Override
    public List<Long> pendingDetails(RegionId regionId, long afterContractId, int limit) {
        return contracts.values().stream()
                .filter(c -> outstandingIn(regionId).test(c) && !c.detailsFetched() && c.contractId() > afterContractId)
                .limit(limit).map(PublicContract::contractId).toList();
    }

    @Override
    public void storeDetails(long contractId, List<PublicContractItem> newItems, List<ContractBid> newBids,
                             Instant fetchedAt) {
        newItems.forEach(item -> items.computeIfAbsent(contractId, id -> new LinkedHashMap<>())
                .putIfAbsent(item.recordId(), item));
        newBids.forEach(bid -> bids.computeIfAbsent(contractId, id -> new LinkedHashMap<>())
                .putIfAbsent(bid.bidId(), bid));
        PublicContract c = contracts.get(contractId);
        contracts.put(contractId, new PublicContract(c.offer(), c.regionId(), c.status(), c.lastSeen(), fetchedAt,
                c.closedAt()));
    }

    @Override
    public void close(long contractId, PublicContractStatus status, Instant closedAt) {
        PublicContract c = contracts.get(contractId);
        if (c != null && c.status() == PublicContractStatus.OUTSTANDING) {
            closeAs(c, status, closedAt);
        }
    }

    @Override
    public int expireUnseen(RegionId regionId, Instant seenBefore, Instant now) {
        return closeAll(unseen(regionId, seenBefore).and(c -> !c.offer().dateExpired().isAfter(now)),
                PublicContractStatus.EXPIRED, now);
    }

    @Override
    public int closeUnseen(RegionId regionId, Instant seenBefore, Instant closedAt) {
        return closeAll(unseen(regionId, seenBefore), PublicContractStatus.GONE, closedAt);
    }

    @Override
    public List<PublicContractItem> items(long contractId) {
        return List.copyOf(items.getOrDefault(contractId, Map.of()).values());
    }

    @Override
    public List<ContractBid> bids(long contractId) {
        return List.copyOf(bids.getOrDefault(contractId, Map.of()).values());
    }

    @Override
    public List<PublicContract> search(PublicContractSearch search, Set<TypeId> itemTypes) {
        return contracts.values().stream().filter(outstandingIn(search.regionId()))
                .filter(c -> search.type() == null || c.offer().terms().type() == search.type())
                .filter(c -> search.price().contains(c.offer().terms().price()))
                .filter(c -> search.afterContractId() == null || c.contractId() < search.afterContractId())
                .filter(c -> itemTypes == null || items(c.contractId()).stream()
                        .anyMatch(item -> itemTypes.contains(item.typeId())))
                .sorted((a, b) -> Long.compare(b.contractId(), a.contractId())).limit(search.limit() + 1L).toList();
    }

    public List<PublicContract> all() {
        return List.copyOf(contracts.values());
    }

    private int closeAll(Predicate<PublicContract> which, PublicContractStatus status, Instant closedAt) {
        List<PublicContract> closing = new ArrayList<>(contracts.values().stream().filter(which).toList());
        closing.forEach(c -> closeAs(c, status, closedAt));
        return closing.size();
    }

    private void closeAs(PublicContract c, PublicContractStatus status, Instant closedAt) {
        contracts.put(c.contractId(), new PublicContract(c.offer(), c.regionId(), status, c.lastSeen(),
                c.detailsFetchedAt(), closedAt));
    }

    private static Predicate<PublicContract> outstandingIn(RegionId regionId) {
        return c -> c.regionId().equals(regionId) && c.status() == PublicContractStatus.OUTSTANDING;
    }

    private static Predicate<PublicContract> unseen(RegionId regionId, Instant seenBefore) {
        return outstandingIn(regionId).and(c -> c.lastSeen().isBefore(seenBefore));
    }
}
