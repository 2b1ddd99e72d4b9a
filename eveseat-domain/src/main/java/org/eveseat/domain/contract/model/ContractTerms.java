package org.eveseat.domain.contract.model;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;

/**
 * What a contract asks and offers. Which parts are present depends on the type: price for item exchanges and
 * auctions, buyout for auctions, reward, collateral, route and days to complete for couriers; the rest are null.
 */
public record ContractTerms(ContractType type, String title, Isk price, Isk buyout, Isk reward, Isk collateral,
                            Double volume, Integer daysToComplete, Long startLocationId, Long endLocationId) {
    public ContractTerms {
        Require.present(type, "contract type");
        title = title == null ? "" : title;
        Require.positiveIfPresent(startLocationId, "start location id");
        Require.positiveIfPresent(endLocationId, "end location id");
    }
}
