package org.eveseat.domain.contract.model;

import org.eveseat.domain.shared.Require;

/**
 * One page of a contract listing: which contracts, in which order, after which cursor (null: from the start),
 * at most {@code limit} (1-100).
 */
public record ContractSearch(ContractFilter filter, ContractSort sort, ContractCursor after, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    public ContractSearch {
        Require.present(filter, "contract filter");
        Require.present(sort, "contract sort");
        Require.between(limit, 1, MAX_LIMIT, "limit");
    }

    public static ContractSearch newest(int limit) {
        return new ContractSearch(ContractFilter.ALL, ContractSort.NEWEST, null, limit);
    }
}
