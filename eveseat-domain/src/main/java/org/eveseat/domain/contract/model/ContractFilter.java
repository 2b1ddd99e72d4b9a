package org.eveseat.domain.contract.model;

import java.time.Duration;
import java.time.Instant;

import org.eveseat.domain.shared.Require;
import org.eveseat.domain.shared.RuleViolationException;

/**
 * Which stored contracts to list; every part is optional (null) and parts combine. {@code locationId} matches the
 * start or the end location, the price range is inclusive, and
 * {@code expiringWithin} keeps contracts whose expiry lies between now and now plus that duration.
 */
public record ContractFilter(ContractType type, ContractStatus status, Long issuerId, Long assigneeId,
                             Long locationId, PriceRange price, Duration expiringWithin) {
    public static final ContractFilter ALL = new ContractFilter(null, null, null, null, null, PriceRange.ANY, null);

    public ContractFilter {
        Require.positiveIfPresent(issuerId, "issuer id");
        Require.positiveIfPresent(assigneeId, "assignee id");
        Require.positiveIfPresent(locationId, "location id");
        price = price == null ? PriceRange.ANY : price;
        if (expiringWithin != null && (expiringWithin.isNegative() || expiringWithin.isZero())) {
            throw new RuleViolationException("expiring within must be a positive duration");
        }
    }

    public boolean matches(Contract contract, Instant now) {
        ContractOffer offer = contract.offer();
        ContractTerms terms = offer.terms();
        return (type == null || type == terms.type())
                && (status == null || status == contract.status())
                && (issuerId == null || issuerId == offer.issuerId().value())
                && (assigneeId == null || assigneeId.equals(contract.assigneeId()))
                && (locationId == null || locationId.equals(terms.startLocationId())
                        || locationId.equals(terms.endLocationId()))
                && price.contains(terms.price())
                && (expiringWithin == null || !offer.dateExpired().isBefore(now)
                        && !offer.dateExpired().isAfter(now.plus(expiringWithin)));
    }
}
