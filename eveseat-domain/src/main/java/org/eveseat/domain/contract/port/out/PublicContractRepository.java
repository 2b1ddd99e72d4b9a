package org.eveseat.domain.contract.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.contract.model.ContractOffer;
import org.eveseat.domain.contract.model.PublicContract;
import org.eveseat.domain.contract.model.PublicContractItem;
import org.eveseat.domain.contract.model.PublicContractSearch;
import org.eveseat.domain.contract.model.PublicContractStatus;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/**
 * Keeps the public contracts of each region beyond their time in the listing. A walk over a region's listing can be
 * re-run or restarted at any point, so every write is keyed (contract id, item record id, bid id) and idempotent;
 * contracts are never deleted, only closed.
 */
public interface PublicContractRepository {
    /** Inserts new contracts; known ones keep their row, are outstanding again and were last seen at {@code seenAt}. */
    void upsert(RegionId regionId, List<ContractOffer> offers, Instant seenAt);

    Optional<PublicContract> find(long contractId);

    /** Ids of outstanding contracts of the region whose details were never fetched, ascending, above the given id. */
    List<Long> pendingDetails(RegionId regionId, long afterContractId, int limit);

    /** Stores the items and bids not yet known and marks the contract's details as fetched. */
    void storeDetails(long contractId, List<PublicContractItem> items, List<ContractBid> bids, Instant fetchedAt);

    /** Closes one contract if it is still outstanding. */
    void close(long contractId, PublicContractStatus status, Instant closedAt);

    /** Marks EXPIRED the region's outstanding contracts last seen before {@code seenBefore} that expired by now. */
    int expireUnseen(RegionId regionId, Instant seenBefore, Instant now);

    /** Marks GONE the region's outstanding contracts last seen before {@code seenBefore}. */
    int closeUnseen(RegionId regionId, Instant seenBefore, Instant closedAt);

    List<PublicContractItem> items(long contractId);

    List<ContractBid> bids(long contractId);

    /**
     * Up to {@code search.limit() + 1} outstanding contracts matching the search, highest id first; with
     * {@code itemTypes} not null, only those holding an item of one of these types.
     */
    List<PublicContract> search(PublicContractSearch search, Set<TypeId> itemTypes);
}
