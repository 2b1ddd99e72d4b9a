package org.eveseat.domain.contract.port.in;

/**
 * Fetches the items of a stored public contract, and the bids of an auction, once: a contract whose details are
 * stored is not asked for again, and one that ESI no longer lists is closed instead.
 */
public interface FetchContractDetailsUseCase {
    ContractDetailsOutcome fetch(long contractId);
}
