package org.eveseat.domain.contract.model;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RegionId;

/**
 * A search over the stored outstanding public contracts of one region, newest (highest id) first: optionally of
 * one type, in an inclusive price range, holding an item whose type name contains {@code itemTypeName}
 * (case-insensitive, at least 3 characters); after the contract id of the previous page's last contract.
 */
public record PublicContractSearch(RegionId regionId, ContractType type, PriceRange price,
                                   String itemTypeName, Long afterContractId, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    public PublicContractSearch {
        Require.present(regionId, "region id");
        price = price == null ? PriceRange.ANY : price;
        Require.positiveIfPresent(afterContractId, "after contract id");
        Require.between(limit, 1, MAX_LIMIT, "limit");
        if (itemTypeName != null) {
            itemTypeName = itemTypeName.strip();
            Require.between(itemTypeName.length(), 3, 100, "length of the item type name");
        }
    }
}
