package org.eveseat.adapter.esi.contract;

import java.math.BigDecimal;
import java.time.Instant;

/** A bid on an auction; the public listing leaves out the bidder. */
public record ContractBidDto(long bidId, Long bidderId, BigDecimal amount, Instant dateBid) {
}
