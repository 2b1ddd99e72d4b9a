package org.eveseat.domain.contract.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.domain.testing.ContractFixtures.AMARR_8;
import static org.eveseat.domain.testing.ContractFixtures.JITA_4_4;
import static org.eveseat.domain.testing.ContractFixtures.bid;
import static org.eveseat.domain.testing.ContractFixtures.contract;
import static org.eveseat.domain.testing.ContractFixtures.item;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.corporation.model.CorporationRole;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.contract.model.Contract;
import org.eveseat.domain.contract.model.ContractFilter;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.contract.model.ContractPage;
import org.eveseat.domain.contract.model.ContractSearch;
import org.eveseat.domain.contract.model.ContractSort;
import org.eveseat.domain.contract.model.ContractStatus;
import org.eveseat.domain.contract.model.ContractType;
import org.eveseat.domain.contract.model.PriceRange;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.testing.ContractFixtures;
import org.eveseat.domain.testing.InMemoryContracts;
import org.eveseat.domain.universe.model.LocationRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContractQueriesTest {
    private static final CharacterId PILOT = ContractFixtures.ISSUER;
    private static final Viewer OWNER = new Viewer(new AccountId(1), false);
    private static final Viewer STRANGER = new Viewer(new AccountId(2), false);
    private static final Viewer DIRECTOR = new Viewer(new AccountId(3), false);
    private static final CorporationId CORPORATION = new CorporationId(98000001L);
    private static final LocationRoute JITA_TO_AMARR = new LocationRoute(new SolarSystemId(30000142L),
            new SolarSystemId(30002187L), 9);

    private final InMemoryContracts stored = new InMemoryContracts();
    private final CharacterVisibilityQuery characters = (viewer, character) -> viewer.equals(OWNER)
            && character.equals(PILOT);
    private final ContractAccess visibility = new ContractAccess(characters,
            (viewer, corporation, roles) -> viewer.equals(DIRECTOR) && corporation.equals(CORPORATION)
                    && roles.contains(CorporationRole.DIRECTOR));
    private final Clock clock = Clock.fixed(ContractFixtures.ISSUED.plus(Duration.ofDays(1)), ZoneOffset.UTC);
    private final ListContractsService list = new ListContractsService(visibility, stored, clock);
    private final ContractDetailsService details = new ContractDetailsService(visibility, stored,
            (start, end) -> start == JITA_4_4 && end == AMARR_8 ? JITA_TO_AMARR : LocationRoute.UNKNOWN);

    @BeforeEach
    void storeContracts() {
        stored.save(ContractOwner.of(PILOT), List.of(contract(1), contract(2, ContractType.COURIER,
                ContractStatus.IN_PROGRESS), contract(3, ContractType.AUCTION, ContractStatus.OUTSTANDING),
                contract(4), contract(5, ContractType.ITEM_EXCHANGE, ContractStatus.FINISHED)));
        stored.saveItems(ContractOwner.of(PILOT), 3, List.of(item(31, 34)), clock.instant());
        stored.saveBids(ContractOwner.of(PILOT), 3, List.of(bid(8, "1000000"), bid(9, "2000000")));
    }

    @Test
    void aCorporationsContractsAreForItsDirectorsOnly() {
        stored.save(ContractOwner.of(CORPORATION), List.of(contract(7)));

        assertThat(list.list(DIRECTOR, ContractOwner.of(CORPORATION), ContractSearch.newest(50)).contracts())
                .extracting(Contract::contractId).containsExactly(7L);
        assertThatThrownBy(() -> list.list(OWNER, ContractOwner.of(CORPORATION), ContractSearch.newest(50)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> details.details(DIRECTOR, ContractOwner.of(PILOT), 1))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void pagesFollowTheSortWithoutSkippingOrRepeating() {
        ContractSearch byPrice = new ContractSearch(ContractFilter.ALL, ContractSort.parse("price"), null, 2);
        ContractPage first = list.list(OWNER, ContractOwner.of(PILOT), byPrice);
        ContractPage second = list.list(OWNER, ContractOwner.of(PILOT), new ContractSearch(ContractFilter.ALL, byPrice.sort(),
                first.next(), 2));
        ContractPage last = list.list(OWNER, ContractOwner.of(PILOT), new ContractSearch(ContractFilter.ALL, byPrice.sort(),
                second.next(), 2));

        assertThat(ids(first)).containsExactly(2L, 1L);
        assertThat(ids(second)).containsExactly(3L, 4L);
        assertThat(ids(last)).containsExactly(5L);
        assertThat(last.next()).isNull();
        assertThat(ids(list.list(OWNER, ContractOwner.of(PILOT), ContractSearch.newest(10)))).containsExactly(5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void filtersCombine() {
        assertThat(filtered(new ContractFilter(ContractType.ITEM_EXCHANGE, ContractStatus.OUTSTANDING, null,
                null, null, null, null))).containsExactly(4L, 1L);
        assertThat(filtered(new ContractFilter(null, null, null, null, AMARR_8, null, null)))
                .containsExactly(2L);
        assertThat(filtered(new ContractFilter(null, null, PILOT.value(), 90000001L, null,
                new PriceRange(Isk.of("3000000"), Isk.of("4000000")), null))).containsExactly(4L, 3L);
        assertThat(filtered(new ContractFilter(null, null, 90000009L, null, null, null, null))).isEmpty();
        // contract n expires 14 days and n hours after the fixtures' issue time; the clock is one day in
        assertThat(filtered(new ContractFilter(null, null, null, null, null, null,
                Duration.ofDays(13).plusHours(2)))).containsExactly(2L, 1L);
    }

    @Test
    void aCourierContractComesWithItsRouteAndOthersWithout() {
        assertThat(details.details(OWNER, ContractOwner.of(PILOT), 2).route()).isEqualTo(JITA_TO_AMARR);
        assertThat(details.details(OWNER, ContractOwner.of(PILOT), 1).route()).isNull();
    }

    @Test
    void itemsAndBidsOfAStoredContract() {
        assertThat(new ContractItemsService(visibility, stored).items(OWNER, ContractOwner.of(PILOT), 3)).containsExactly(item(31, 34));
        assertThat(new ContractBidsService(visibility, stored).bids(OWNER, ContractOwner.of(PILOT), 3))
                .extracting(b -> b.amount().amount().toPlainString()).containsExactly("2000000.00", "1000000.00");
        assertThat(new ContractItemsService(visibility, stored).items(OWNER, ContractOwner.of(PILOT), 1)).isEmpty();
    }

    @Test
    void someoneElsesCharacterAndAnUnknownContractAreNotFound() {
        assertThatThrownBy(() -> list.list(STRANGER, ContractOwner.of(PILOT), ContractSearch.newest(10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> details.details(STRANGER, ContractOwner.of(PILOT), 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> new ContractBidsService(visibility, stored).bids(STRANGER, ContractOwner.of(PILOT), 3))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> new ContractItemsService(visibility, stored).items(OWNER, ContractOwner.of(PILOT), 99))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("contract 99");
    }

    private List<Long> filtered(ContractFilter filter) {
        return ids(list.list(OWNER, ContractOwner.of(PILOT), new ContractSearch(filter, ContractSort.NEWEST, null, 10)));
    }

    private static List<Long> ids(ContractPage page) {
        return page.contracts().stream().map(Contract::contractId).toList();
    }
}
