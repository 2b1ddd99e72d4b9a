package org.eveseat.domain.contract.model;

import java.util.List;

import org.eveseat.domain.shared.Require;

/** One page of a contract listing and the cursor of the next page (null on the last page). */
public record ContractPage(List<Contract> contracts, ContractCursor next) {
    public ContractPage {
        contracts = Require.list(contracts, "contracts");
    }

    /** Cuts {@code oneMore} (up to limit + 1 contracts, in order) to a page: the extra one proves a next page. */
    public static ContractPage of(List<Contract> oneMore, ContractSearch search) {
        if (oneMore.size() <= search.limit()) {
            return new ContractPage(oneMore, null);
        }
        List<Contract> page = oneMore.subList(0, search.limit());
        return new ContractPage(page, ContractCursor.of(page.get(page.size() - 1), search.sort()));
    }
}
