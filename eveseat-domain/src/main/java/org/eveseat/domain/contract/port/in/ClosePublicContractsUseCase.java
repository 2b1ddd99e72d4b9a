package org.eveseat.domain.contract.port.in;

/**
 * Closes the contracts of a region that a finished walk did not see: still outstanding but last seen before the
 * walk's start. Expired ones (their expiry date passed) become EXPIRED, the rest GONE; none is deleted.
 */
public interface ClosePublicContractsUseCase {
    ClosedContracts close(PublicContractsWalk walk);
}
