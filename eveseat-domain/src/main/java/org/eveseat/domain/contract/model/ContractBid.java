package org.eveseat.domain.contract.model;

import java.time.Instant;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;

/** A bid on an auction. Public bid listings hide the bidder: there {@code bidderId} is null. */
public record ContractBid(long bidId, CharacterId bidderId, Isk amount, Instant dateBid) {
    public ContractBid {
        Require.positive(bidId, "bid id");
        Require.present(amount, "bid amount");
        Require.present(dateBid, "bid date");
    }
}
