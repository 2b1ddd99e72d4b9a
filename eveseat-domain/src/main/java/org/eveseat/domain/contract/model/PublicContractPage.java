package org.eveseat.domain.contract.model;

import java.util.List;

import org.eveseat.domain.shared.Require;

/** One page of a public contract search and the contract id to continue after (null on the last page). */
public record PublicContractPage(List<PublicContract> contracts, Long nextAfter) {
    public PublicContractPage {
        contracts = Require.list(contracts, "contracts");
    }

    /** Cuts {@code oneMore} (up to limit + 1 contracts, highest id first) to a page. */
    public static PublicContractPage of(List<PublicContract> oneMore, int limit) {
        if (oneMore.size() <= limit) {
            return new PublicContractPage(oneMore, null);
        }
        List<PublicContract> page = oneMore.subList(0, limit);
        return new PublicContractPage(page, page.get(limit - 1).contractId());
    }
}
