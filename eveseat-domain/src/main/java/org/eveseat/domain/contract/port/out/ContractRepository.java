package org.eveseat.domain.contract.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eveseat.domain.contract.model.Contract;
import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.contract.model.ContractItem;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.contract.model.ContractPage;
import org.eveseat.domain.contract.model.ContractSearch;

/**
 * The contracts of each character and corporation, with items and bids. Every write is keyed (owner, contract id,
 * record id, bid id) and idempotent, so a sync cut short can simply run again. Listing is keyset-paged in any of
 * the sort orders, so deep pages cost as little as the first.
 */
public interface ContractRepository {
    /** Inserts new contracts and refreshes the status, parties and dates of known ones. */
    void save(ContractOwner owner, List<Contract> contracts);

    /** Ids of the owner's contracts whose items were never stored, ascending. */
    List<Long> pendingDetails(ContractOwner owner);

    /** Stores the items not yet known and marks the contract's details as fetched. */
    void saveItems(ContractOwner owner, long contractId, List<ContractItem> items, Instant fetchedAt);

    /** Stores the bids not yet known; bids are never changed or withdrawn. */
    void saveBids(ContractOwner owner, long contractId, List<ContractBid> bids);

    /** {@code now} is the moment "expiring within" counts from. */
    ContractPage list(ContractOwner owner, ContractSearch search, Instant now);

    Optional<Contract> find(ContractOwner owner, long contractId);

    List<ContractItem> items(ContractOwner owner, long contractId);

    List<ContractBid> bids(ContractOwner owner, long contractId);
}
