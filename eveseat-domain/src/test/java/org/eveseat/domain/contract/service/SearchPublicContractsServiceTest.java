package org.eveseat.domain.contract.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.domain.testing.PublicContractFixtures.ISSUED;
import static org.eveseat.domain.testing.PublicContractFixtures.THE_FORGE;
import static org.eveseat.domain.testing.PublicContractFixtures.offer;

import java.util.List;
import java.util.Set;

import org.eveseat.domain.contract.model.ContractType;
import org.eveseat.domain.contract.model.PriceRange;
import org.eveseat.domain.contract.model.PublicContract;
import org.eveseat.domain.contract.model.PublicContractItem;
import org.eveseat.domain.contract.model.PublicContractPage;
import org.eveseat.domain.contract.model.PublicContractSearch;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.testing.InMemoryPublicContracts;
import org.eveseat.domain.testing.PublicContractFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchPublicContractsServiceTest {
    private final InMemoryPublicContracts stored = new InMemoryPublicContracts();
    private final SearchPublicContractsService search = new SearchPublicContractsService(stored,
            (fragment, limit) -> fragment.equalsIgnoreCase("rifter") ? Set.of(new TypeId(587)) : Set.of());

    @BeforeEach
    void storeListing() {
        stored.upsert(THE_FORGE, List.of(offer(1), offer(2), offer(3, ContractType.AUCTION, ISSUED.plusSeconds(3600)),
                offer(4)), ISSUED);
        stored.upsert(PublicContractFixtures.DOMAIN, List.of(offer(9)), ISSUED);
        stored.storeDetails(2, List.of(item(587)), List.of(), ISSUED);
        stored.storeDetails(4, List.of(item(34), item(587)), List.of(), ISSUED);
    }

    @Test
    void findsContractsHoldingANamedTypeNewestFirstInPages() {
        PublicContractPage page = search.search(new PublicContractSearch(THE_FORGE, null, null, "Rifter", null, 1));
        assertThat(ids(page)).containsExactly(4L);
        PublicContractPage next = search.search(new PublicContractSearch(THE_FORGE, null, null, "Rifter",
                page.nextAfter(), 1));
        assertThat(ids(next)).containsExactly(2L);
        assertThat(next.nextAfter()).isNull();
    }

    @Test
    void filtersByRegionTypeAndPriceAndANameOfNoTypeFindsNothing() {
        assertThat(ids(search.search(new PublicContractSearch(THE_FORGE, ContractType.AUCTION, null, null, null, 10))))
                .containsExactly(3L);
        assertThat(ids(search.search(new PublicContractSearch(THE_FORGE, null, new PriceRange(null, Isk.of("1000")),
                null, null, 10)))).isEmpty();
        assertThat(ids(search.search(new PublicContractSearch(THE_FORGE, null, null, "Veldspar", null, 10)))).isEmpty();
    }

    private static PublicContractItem item(long typeId) {
        return new PublicContractItem(typeId, new TypeId(typeId), 1, true, null, null, null, null, null);
    }

    private static List<Long> ids(PublicContractPage page) {
        return page.contracts().stream().map(PublicContract::contractId).toList();
    }
}
