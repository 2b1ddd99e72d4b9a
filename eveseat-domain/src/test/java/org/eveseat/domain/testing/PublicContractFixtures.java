package org.eveseat.domain.testing;

import java.time.Instant;

import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.contract.model.ContractOffer;
import org.eveseat.domain.contract.model.ContractTerms;
import org.eveseat.domain.contract.model.ContractType;
import org.eveseat.domain.contract.model.PublicContractItem;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;

/** Public contracts, items and bids for use-case tests. */
public final class PublicContractFixtures {
    public static final RegionId THE_FORGE = new RegionId(10000002L);
    public static final RegionId DOMAIN = new RegionId(10000043L);
    public static final Instant ISSUED = Instant.parse("2026-11-20T08:00:00Z");

    private PublicContractFixtures() {
    }

    public static ContractOffer offer(long contractId, ContractType type, Instant dateExpired) {
        ContractTerms terms = new ContractTerms(type, "lot " + contractId, Isk.of("1500000.50"),
                type == ContractType.AUCTION ? Isk.of("9000000") : null, null, null, 10.0, null, 60003760L, null);
        return new ContractOffer(contractId, new CharacterId(90000003L), new CorporationId(98000001L), false, terms,
                ISSUED, dateExpired);
    }

    public static ContractOffer offer(long contractId) {
        return offer(contractId, ContractType.ITEM_EXCHANGE, ISSUED.plusSeconds(14 * 86_400));
    }

    public static PublicContractItem item(long recordId) {
        return new PublicContractItem(recordId, new TypeId(34), 5000, true, null, null, null, null, null);
    }

    public static ContractBid bid(long bidId) {
        return new ContractBid(bidId, null, Isk.of("1000000.23"), ISSUED.plusSeconds(60));
    }
}
