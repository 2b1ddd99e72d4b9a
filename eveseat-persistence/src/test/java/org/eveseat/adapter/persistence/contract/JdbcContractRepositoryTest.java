package org.eveseat.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.contract.model.Contract;
import org.eveseat.domain.contract.model.ContractAvailability;
import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.contract.model.ContractFilter;
import org.eveseat.domain.contract.model.ContractItem;
import org.eveseat.domain.contract.model.ContractOffer;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.contract.model.ContractPage;
import org.eveseat.domain.contract.model.ContractSearch;
import org.eveseat.domain.contract.model.ContractSort;
import org.eveseat.domain.contract.model.ContractStatus;
import org.eveseat.domain.contract.model.ContractTerms;
import org.eveseat.domain.contract.model.ContractType;
import org.eveseat.domain.contract.model.PriceRange;
import org.eveseat.domain.contract.port.out.ContractRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcContractRepositoryTest {
    private static final ContractOwner PILOT = ContractOwner.of(new CharacterId(2112625428L));
    private static final ContractOwner CORPORATION = ContractOwner.of(new CorporationId(98000001L));
    private static final Instant ISSUED = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant NOW = ISSUED.plus(Duration.ofDays(1));
    private static final long JITA_4_4 = 60003760L;
    private static final long AMARR_8 = 60008494L;

    private final TestDatabase db = TestDatabase.get();
    private final ContractRepository contracts = new JdbcContractRepository(db.dataSource());

    @BeforeEach
    void empty() {
        db.truncateApplicationTables();
    }

    @Test
    void contractsAreInsertedThenRefreshedAndComeBackExactlyPerOwner() {
        Contract courier = courier(1, ContractStatus.OUTSTANDING);
        contracts.save(PILOT, List.of(courier, exchange(2)));
        contracts.save(CORPORATION, List.of(exchange(2)));

        Contract accepted = new Contract(courier.offer(), ContractStatus.IN_PROGRESS, ContractAvailability.PERSONAL,
                90000001L, 90000002L, NOW, null);
        contracts.save(PILOT, List.of(accepted));

        assertThat(contracts.find(PILOT, 1)).contains(accepted);
        assertThat(contracts.find(PILOT, 2)).contains(exchange(2));
        assertThat(contracts.find(CORPORATION, 1)).isEmpty();
        assertThat(contracts.find(CORPORATION, 2)).isPresent();
    }

    @Test
    void itemsAndBidsAreStoredOnceAndTheDetailsMarkClearsThePendingList() {
        contracts.save(PILOT, List.of(exchange(3), exchange(1), exchange(2)));
        contracts.save(CORPORATION, List.of(exchange(1)));
        List<ContractItem> items = List.of(new ContractItem(12, new TypeId(587), 1, true, true, -1L),
                new ContractItem(11, new TypeId(34), 5000, false, false, null));

        contracts.saveItems(PILOT, 1, items, ISSUED);
        contracts.saveItems(PILOT, 1, items, NOW);
        contracts.saveItems(PILOT, 3, List.of(), NOW);
        contracts.saveBids(PILOT, 2, List.of(bid(5, null), bid(6, 90000002L)));
        contracts.saveBids(PILOT, 2, List.of(bid(6, 90000002L), bid(7, 90000003L)));

        assertThat(contracts.items(PILOT, 1)).containsExactly(items.get(1), items.get(0));
        assertThat(contracts.items(CORPORATION, 1)).isEmpty();
        assertThat(contracts.bids(PILOT, 2)).containsExactly(bid(7, 90000003L), bid(6, 90000002L), bid(5, null));
        assertThat(contracts.pendingDetails(PILOT)).containsExactly(2L);
        assertThat(contracts.pendingDetails(CORPORATION)).containsExactly(1L);
    }

    @Test
    void keysetPagesFollowEachSortWithoutSkippingOrRepeating() {
        contracts.save(PILOT, LongStream.rangeClosed(1, 7).mapToObj(JdbcContractRepositoryTest::exchange).toList());
        contracts.save(PILOT, List.of(courier(8, ContractStatus.OUTSTANDING)));

        assertThat(walk(ContractSort.NEWEST)).containsExactly(8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(walk(ContractSort.parse("expires"))).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        // contract n costs (n mod 3) million: ties are broken by contract id
        assertThat(walk(ContractSort.parse("price"))).containsExactly(3L, 6L, 8L, 1L, 4L, 7L, 2L, 5L);
        assertThat(walk(ContractSort.parse("-price"))).containsExactly(5L, 2L, 7L, 4L, 1L, 8L, 6L, 3L);
    }

    @Test
    void filtersCombineInTheDatabase() {
        contracts.save(PILOT, List.of(exchange(1), exchange(2), courier(3, ContractStatus.IN_PROGRESS),
                courier(4, ContractStatus.OUTSTANDING), exchange(5)));

        assertThat(filtered(new ContractFilter(ContractType.COURIER, ContractStatus.OUTSTANDING, null, null, null,
                null, null))).containsExactly(4L);
        assertThat(filtered(new ContractFilter(null, null, null, null, AMARR_8, null, null))).containsExactly(4L, 3L);
        assertThat(filtered(new ContractFilter(null, null, 2112625428L, 90000001L, JITA_4_4,
                new PriceRange(Isk.of("1000000"), Isk.of("2000000")), null))).containsExactly(5L, 2L, 1L);
        assertThat(filtered(new ContractFilter(null, null, 90000009L, null, null, null, null))).isEmpty();
        assertThat(filtered(new ContractFilter(null, null, null, null, null, null,
                Duration.ofDays(13).plusHours(2)))).containsExactly(2L, 1L);
    }

    private List<Long> walk(ContractSort sort) {
        ContractPage page = contracts.list(PILOT, new ContractSearch(ContractFilter.ALL, sort, null, 3), NOW);
        List<Long> ids = new ArrayList<>(ids(page));
        while (page.next() != null) {
            page = contracts.list(PILOT, new ContractSearch(ContractFilter.ALL, sort, page.next(), 3), NOW);
            ids.addAll(ids(page));
        }
        return ids;
    }

    private List<Long> filtered(ContractFilter filter) {
        return ids(contracts.list(PILOT, new ContractSearch(filter, ContractSort.NEWEST, null, 10), NOW));
    }

    private static List<Long> ids(ContractPage page) {
        return page.contracts().stream().map(Contract::contractId).toList();
    }

    /** Issued {@code id} hours after {@link #ISSUED}, expiring 14 days later, costing (id mod 3) million. */
    private static Contract exchange(long id) {
        return contract(id, new ContractTerms(ContractType.ITEM_EXCHANGE, "lot " + id,
                Isk.of(Long.toString(id % 3 * 1_000_000)), null, null, null, 10.0, null, JITA_4_4, null),
                ContractStatus.OUTSTANDING);
    }

    private static Contract courier(long id, ContractStatus status) {
        return contract(id, new ContractTerms(ContractType.COURIER, "to Amarr", null, null, Isk.of("5000000"),
                Isk.of("100000000.55"), 12_000.5, 3, JITA_4_4, AMARR_8), status);
    }

    private static Contract contract(long id, ContractTerms terms, ContractStatus status) {
        Instant issued = ISSUED.plus(Duration.ofHours(id));
        return new Contract(new ContractOffer(id, new CharacterId(2112625428L), new CorporationId(98000001L), false,
                terms, issued, issued.plus(Duration.ofDays(14))), status, ContractAvailability.PERSONAL, 90000001L,
                null, null, null);
    }

    private static ContractBid bid(long bidId, Long bidder) {
        return new ContractBid(bidId, bidder == null ? null : new CharacterId(bidder), Isk.of("1000000.23"),
                ISSUED.plusSeconds(bidId));
    }
}
