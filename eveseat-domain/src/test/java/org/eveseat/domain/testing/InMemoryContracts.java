package org.eveseat.domain.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eveseat.domain.contract.model.Contract;
import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.contract.model.ContractItem;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.contract.model.ContractPage;
import org.eveseat.domain.contract.model.ContractSearch;
import org.eveseat.domain.contract.port.out.ContractRepository;

/** Contracts of characters and corporations in memory, keyed like the real tables; listing sorts in memory. */
public final class InMemoryContracts implements ContractRepository {
    private record Key(ContractOwner owner, long contractId) {
    }

    private final Map<Key, Contract> contracts = new HashMap<>();
    private final Map<Key, Instant> detailsFetched = new HashMap<>();
    private final Map<Key, Map<Long, ContractItem>> items = new HashMap<>();
    private final Map<Key, Map<Long, ContractBid>> bids = new HashMap<>();

    @Override
    public void save(ContractOwner owner, List<Contract> saved) {
        saved.forEach(contract -> contracts.put(new Key(owner, contract.contractId()), contract));
    }

    @Override
    public List<Long> pendingDetails(ContractOwner owner) {
        return contracts.keySet().stream().filter(key -> key.owner().equals(owner) && !detailsFetched.containsKey(key))
                .map(Key::contractId).sorted().toList();
    }

    @Override
    public void saveItems(ContractOwner owner, long contractId, List<ContractItem> saved, Instant fetchedAt) {
        Key key = new Key(owner, contractId);
        saved.forEach(item -> items.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(item.recordId(), item));
        detailsFetched.putIfAbsent(key, fetchedAt);
    }

    @Override
    public void saveBids(ContractOwner owner, long contractId, List<ContractBid> saved) {
        Key key = new Key(owner, contractId);
        saved.forEach(bid -> bids.computeIfAbsent(key, k -> new TreeMap<>(Comparator.reverseOrder())).putIfAbsent(bid.bidId(), bid));
    }

    @Override
    public ContractPage list(ContractOwner owner, ContractSearch search, Instant now) {
        return ContractPage.of(contracts.entrySet().stream().filter(entry -> entry.getKey().owner().equals(owner))
                .map(Map.Entry::getValue).filter(contract -> search.filter().matches(contract, now))
                .filter(contract -> search.after() == null || search.after().precedes(contract, search.sort()))
                .sorted(search.sort().comparator()).limit(search.limit() + 1L).toList(), search);
    }

    @Override
    public Optional<Contract> find(ContractOwner owner, long contractId) {
        return Optional.ofNullable(contracts.get(new Key(owner, contractId)));
    }

    @Override
    public List<ContractItem> items(ContractOwner owner, long contractId) {
        return List.copyOf(items.getOrDefault(new Key(owner, contractId), Map.of()).values());
    }

    @Override
    public List<ContractBid> bids(ContractOwner owner, long contractId) {
        return List.copyOf(bids.getOrDefault(new Key(owner, contractId), Map.of()).values());
    }
}
