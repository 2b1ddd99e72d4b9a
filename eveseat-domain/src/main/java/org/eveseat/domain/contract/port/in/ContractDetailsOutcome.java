package org.eveseat.domain.contract.port.in;

/**
 * What fetching a contract's details did: STORED them, found the contract GONE from ESI (closed, no details),
 * DEFERRED it because ESI served no body this time (it stays pending), or found them ALREADY_STORED.
 */
public enum ContractDetailsOutcome {
    STORED, GONE, DEFERRED, ALREADY_STORED
}
