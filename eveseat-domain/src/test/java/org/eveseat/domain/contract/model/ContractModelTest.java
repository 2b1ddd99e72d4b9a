package org.eveseat.domain.contract.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.Test;

class ContractModelTest {
    private static final Instant ISSUED = Instant.parse("2026-08-01T10:00:00Z");
    private static final ContractTerms COURIER = new ContractTerms(ContractType.COURIER, null, null, null,
            Isk.of("5000000"), Isk.of("100000000"), 12_000.0, 3, 60003760L, 60008494L);

    @Test
    void aContractIsItsOfferPlusProgress() {
        ContractOffer offer = offer(171_000_001L);
        Contract contract = new Contract(offer, ContractStatus.OUTSTANDING, ContractAvailability.PERSONAL,
                2112625428L, null, null, null);
        assertThat(contract.contractId()).isEqualTo(171_000_001L);
        assertThat(contract.offer().terms().title()).as("missing title").isEmpty();
        assertThatThrownBy(() -> new Contract(offer, ContractStatus.OUTSTANDING, ContractAvailability.PUBLIC, 0L,
                null, null, null)).as("ESI's 0 means none: null").isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Contract(offer, null, ContractAvailability.PUBLIC, null, null, null, null))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void offersNeedIssuerTermsAndDates() {
        assertThatThrownBy(() -> offer(0)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new ContractOffer(1, null, new CorporationId(98000001), false, COURIER, ISSUED,
                ISSUED)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new ContractTerms(null, "", null, null, null, null, null, null, null, null))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theContractTypeUnknownIsAnEsiValue() {
        assertThat(ContractType.fromEsi("unknown")).isEqualTo(ContractType.UNKNOWN);
        assertThat(ContractType.fromEsi("item_exchange")).isEqualTo(ContractType.ITEM_EXCHANGE);
        assertThat(ContractType.fromEsi("barter")).isEqualTo(ContractType.UNKNOWN);
    }

    @Test
    void itemsAndBidsValidateTheirIds() {
        TypeId tritanium = new TypeId(34);
        assertThat(new ContractItem(1, tritanium, 1000, true, false, null).quantity()).isEqualTo(1000);
        assertThatThrownBy(() -> new ContractItem(1, tritanium, 0, true, false, null))
                .isInstanceOf(RuleViolationException.class);
        assertThat(new PublicContractItem(1, tritanium, 1, true, null, null, null, null, null).itemId()).isNull();
        assertThat(new ContractBid(9, null, Isk.of("1"), ISSUED).bidderId()).as("public bids hide bidders").isNull();
        assertThatThrownBy(() -> new ContractBid(9, null, null, ISSUED)).isInstanceOf(RuleViolationException.class);
    }

    private static ContractOffer offer(long id) {
        return new ContractOffer(id, new CharacterId(2112625428L), new CorporationId(98000001), false, COURIER,
                ISSUED, ISSUED.plusSeconds(86_400));
    }
}
