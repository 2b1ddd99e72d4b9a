package org.eveseat.domain.contract.model;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RuleViolationException;

/** An inclusive price range; either end may be open (null). A contract without a price counts as 0 ISK. */
public record PriceRange(Isk min, Isk max) {
    public static final PriceRange ANY = new PriceRange(null, null);

    public PriceRange {
        if (min != null && max != null && min.amount().compareTo(max.amount()) > 0) {
            throw new RuleViolationException("minimum price must not be above the maximum price");
        }
    }

    public boolean contains(Isk price) {
        long cents = ContractSort.cents(price);
        return (min == null || cents >= ContractSort.cents(min)) && (max == null || cents <= ContractSort.cents(max));
    }
}
