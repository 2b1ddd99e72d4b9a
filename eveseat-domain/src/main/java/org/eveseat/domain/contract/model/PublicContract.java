package org.eveseat.domain.contract.model;

import java.time.Instant;

import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.Require;

/**
 * A public contract as EVESeat keeps it: the listed offer, the region it is listed in and what the walks over that
 * region's listing learnt about it. Details (items, bids) are fetched once; {@code detailsFetchedAt} is null until
 * then, {@code closedAt} until the contract leaves the listing.
 */
public record PublicContract(ContractOffer offer, RegionId regionId, PublicContractStatus status, Instant lastSeen,
                             Instant detailsFetchedAt, Instant closedAt) {
    public PublicContract {
        Require.present(offer, "contract offer");
        Require.present(regionId, "region id");
        Require.present(status, "public contract status");
        Require.present(lastSeen, "last seen");
    }

    public long contractId() {
        return offer.contractId();
    }

    public boolean detailsFetched() {
        return detailsFetchedAt != null;
    }
}
