package org.eveseat.domain.contract.model;

import java.time.Instant;

/**
 * Where a stored public contract stands. The public listing only shows outstanding contracts, so once one drops
 * out all that is known is whether its expiry date had passed: if not, it was accepted, finished or deleted (GONE).
 */
public enum PublicContractStatus {
    OUTSTANDING, EXPIRED, GONE;

    /** The status of a contract that left the listing at {@code now}. */
    public static PublicContractStatus vanished(Instant dateExpired, Instant now) {
        return dateExpired.isAfter(now) ? GONE : EXPIRED;
    }
}
