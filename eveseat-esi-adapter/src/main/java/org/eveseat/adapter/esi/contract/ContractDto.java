package org.eveseat.adapter.esi.contract;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A contract as ESI lists it, for characters, corporations and public region listings alike; the public listing
 * leaves out the parties, availability, status and progress dates.
 */
public record ContractDto(long contractId, long issuerId, long issuerCorporationId, Long assigneeId,
                          Long acceptorId, String type, String status, String availability,
                          Boolean forCorporation, String title, Instant dateIssued, Instant dateExpired,
                          Instant dateAccepted, Instant dateCompleted, Integer daysToComplete,
                          Long startLocationId, Long endLocationId, BigDecimal price, BigDecimal reward,
                          BigDecimal collateral, BigDecimal buyout, BigDecimal volume) {
}
