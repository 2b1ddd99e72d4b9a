package org.eveseat.domain.contract.port.in;

/** How many contracts a walk found gone from the listing, by the status they were closed with. */
public record ClosedContracts(int expired, int gone) {
}
