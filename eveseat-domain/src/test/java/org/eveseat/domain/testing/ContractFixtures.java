package org.eveseat.domain.testing;

import java.time.Duration;
import java.time.Instant;

import org.eveseat.domain.contract.model.Contract;
import org.eveseat.domain.contract.model.ContractAvailability;
import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.contract.model.ContractItem;
import org.eveseat.domain.contract.model.ContractOffer;
import org.eveseat.domain.contract.model.ContractStatus;
import org.eveseat.domain.contract.model.ContractTerms;
import org.eveseat.domain.contract.model.ContractType;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.TypeId;

/**
 * Contracts of a character for use-case and repository tests: contract {@code n} is issued {@code n} hours after
 * {@link #ISSUED} and expires 14 days after that, priced {@code n} million ISK, from Jita 4-4.
 */
public final class ContractFixtures {
    public static final Instant ISSUED = Instant.parse("2026-11-20T08:00:00Z");
    public static final CharacterId ISSUER = new CharacterId(2112625428L);
    public static final long JITA_4_4 = 60003760L;
    public static final long AMARR_8 = 60008494L;

    private ContractFixtures() {
    }

    public static Contract contract(long contractId, ContractType type, ContractStatus status) {
        Instant issued = ISSUED.plus(Duration.ofHours(contractId % 1000));
        boolean courier = type == ContractType.COURIER;
        ContractTerms terms = new ContractTerms(type, "lot " + contractId,
                courier ? null : Isk.of(Long.toString((contractId % 1000) * 1_000_000)),
                type == ContractType.AUCTION ? Isk.of("900000000") : null, courier ? Isk.of("5000000") : null,
                courier ? Isk.of("100000000") : null, 10.0, courier ? 3 : null, JITA_4_4, courier ? AMARR_8 : null);
        ContractOffer offer = new ContractOffer(contractId, ISSUER, new CorporationId(98000001L), false, terms, issued,
                issued.plus(Duration.ofDays(14)));
        return new Contract(offer, status, ContractAvailability.PERSONAL, 90000001L, null, null, null);
    }

    public static Contract contract(long contractId) {
        return contract(contractId, ContractType.ITEM_EXCHANGE, ContractStatus.OUTSTANDING);
    }

    public static ContractItem item(long recordId, long typeId) {
        return new ContractItem(recordId, new TypeId(typeId), 100, true, false, null);
    }

    public static ContractBid bid(long bidId, String amount) {
        return new ContractBid(bidId, new CharacterId(90000002L), Isk.of(amount), ISSUED.plusSeconds(bidId));
    }
}
