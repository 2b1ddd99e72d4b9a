package org.eveseat.domain.contract.port.in;

/**
 * Reads one page of a region's public contracts from ESI and stores its contracts as seen in the walk. Storing a
 * page twice (a re-run or restart) changes nothing; an unknown region is a RuleViolation.
 */
public interface StorePublicContractsPageUseCase {
    StoredContractsPage store(PublicContractsWalk walk, int page);
}
