package org.eveseat.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eveseat.adapter.persistence.testing.SingleConnection;
import org.eveseat.adapter.persistence.testing.TestDatabase;
import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.contract.model.ContractOffer;
import org.eveseat.domain.contract.model.ContractTerms;
import org.eveseat.domain.contract.model.ContractType;
import org.eveseat.domain.contract.model.PublicContract;
import org.eveseat.domain.contract.model.PriceRange;
import org.eveseat.domain.contract.model.PublicContractItem;
import org.eveseat.domain.contract.model.PublicContractSearch;
import org.eveseat.domain.contract.model.PublicContractStatus;
import org.eveseat.domain.contract.port.out.PublicContractRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcPublicContractRepositoryTest {
    private static final RegionId FORGE = new RegionId(10000002L);
    private static final RegionId DOMAIN = new RegionId(10000043L);
    private static final Instant ISSUED = Instant.parse("2026-11-20T08:00:00.123456Z");
    private static final Instant EARLIER_WALK = Instant.parse("2026-11-25T11:30:00Z");
    private static final Instant WALK = Instant.parse("2026-11-25T12:00:00Z");
    private static final Instant NOW = WALK.plusSeconds(300);

    private final TestDatabase db = TestDatabase.get();
    private final PublicContractRepository contracts = new JdbcPublicContractRepository(db.dataSource());

    @BeforeEach
    void empty() {
        db.truncateApplicationTables();
    }

    @Test
    void upsertInsertsNewContractsAndKnownOnesKeepTheirRow() {
        contracts.upsert(FORGE, List.of(exchange(101), exchange(102)), EARLIER_WALK);
        contracts.storeDetails(102, List.of(item(1021)), List.of(), EARLIER_WALK);
        contracts.close(102, PublicContractStatus.GONE, EARLIER_WALK);

        contracts.upsert(FORGE, List.of(exchange(102), exchange(103)), WALK);
        contracts.upsert(FORGE, List.of(exchange(102)), EARLIER_WALK);

        assertThat(contracts.find(101).orElseThrow().lastSeen()).isEqualTo(EARLIER_WALK);
        assertThat(contracts.find(102)).get().isEqualTo(new PublicContract(exchange(102), FORGE,
                PublicContractStatus.OUTSTANDING, WALK, EARLIER_WALK, null));
        assertThat(contracts.items(102)).containsExactly(item(1021));
        assertThat(contracts.find(103).orElseThrow().lastSeen()).isEqualTo(WALK);
    }

    @Test
    void findGivesBackEveryFieldOrNothing() {
        ContractOffer courier = new ContractOffer(104, new CharacterId(90000003L), new CorporationId(98000001L), true,
                new ContractTerms(ContractType.COURIER, "to Amarr", null, null, Isk.of("5000000"),
                        Isk.of("100000000.55"), 12_000.5, 3, 60003760L, 60008494L), ISSUED, ISSUED.plusSeconds(86_400));
        contracts.upsert(DOMAIN, List.of(courier, auction(105)), WALK);

        assertThat(contracts.find(104)).get().isEqualTo(new PublicContract(courier, DOMAIN,
                PublicContractStatus.OUTSTANDING, WALK, null, null));
        assertThat(contracts.find(105).orElseThrow().offer()).isEqualTo(auction(105));
        assertThat(contracts.find(999)).isEmpty();
    }

    @Test
    void pendingDetailsAreTheRegionsOutstandingUnfetchedContractsInIdOrder() {
        contracts.upsert(FORGE, List.of(exchange(105), exchange(101), exchange(103), exchange(102), exchange(104)), WALK);
        contracts.upsert(DOMAIN, List.of(exchange(100)), WALK);
        contracts.storeDetails(102, List.of(item(1021)), List.of(), WALK);
        contracts.close(104, PublicContractStatus.GONE, NOW);

        assertThat(contracts.pendingDetails(FORGE, 0, 10)).containsExactly(101L, 103L, 105L);
        assertThat(contracts.pendingDetails(FORGE, 101, 1)).containsExactly(103L);
        assertThat(contracts.pendingDetails(FORGE, 105, 10)).isEmpty();
    }

    @Test
    void storeDetailsWritesEachItemAndBidOnceAndKeepsTheFirstFetchTime() {
        contracts.upsert(FORGE, List.of(auction(201), exchange(202)), WALK);
        List<PublicContractItem> items = List.of(blueprint(2012), item(2011));
        List<ContractBid> bids = List.of(bid(77002, 90000004L), bid(77001, null));

        contracts.storeDetails(201, items, bids, WALK);
        contracts.storeDetails(201, items, List.of(bids.get(0), bid(77003, null)), NOW);
        contracts.storeDetails(202, List.of(item(2021)), List.of(), NOW);

        assertThat(contracts.items(201)).containsExactly(item(2011), blueprint(2012));
        assertThat(contracts.bids(201)).containsExactly(bid(77001, null), bid(77002, 90000004L), bid(77003, null));
        assertThat(contracts.find(201).orElseThrow().detailsFetchedAt()).isEqualTo(WALK);
        assertThat(contracts.items(202)).containsExactly(item(2021));
        assertThat(contracts.bids(202)).isEmpty();
        assertThat(contracts.items(999)).isEmpty();
    }

    @Test
    void closeTouchesOnlyAnOutstandingContract() {
        contracts.upsert(FORGE, List.of(exchange(301), exchange(302)), WALK);
        contracts.close(302, PublicContractStatus.EXPIRED, WALK);

        contracts.close(301, PublicContractStatus.GONE, NOW);
        contracts.close(302, PublicContractStatus.GONE, NOW);

        assertThat(contracts.find(301).orElseThrow()).extracting(PublicContract::status, PublicContract::closedAt)
                .containsExactly(PublicContractStatus.GONE, NOW);
        assertThat(contracts.find(302).orElseThrow()).extracting(PublicContract::status, PublicContract::closedAt)
                .containsExactly(PublicContractStatus.EXPIRED, WALK);
    }

    @Test
    void expireUnseenClosesOnlyTheRegionsUnseenContractsPastTheirExpiry() {
        contracts.upsert(FORGE, List.of(expiring(401, NOW.minusSeconds(1)), expiring(402, NOW),
                expiring(403, NOW.plusSeconds(1)), expiring(404, NOW.minusSeconds(1))), EARLIER_WALK);
        contracts.upsert(DOMAIN, List.of(expiring(405, NOW.minusSeconds(1))), EARLIER_WALK);
        contracts.upsert(FORGE, List.of(expiring(404, NOW.minusSeconds(1))), WALK);

        assertThat(contracts.expireUnseen(FORGE, WALK, NOW)).isEqualTo(2);
        assertThat(contracts.expireUnseen(FORGE, WALK, NOW)).as("once").isZero();

        assertThat(statuses(401, 402, 403, 404, 405)).containsExactly(PublicContractStatus.EXPIRED,
                PublicContractStatus.EXPIRED, PublicContractStatus.OUTSTANDING, PublicContractStatus.OUTSTANDING,
                PublicContractStatus.OUTSTANDING);
        assertThat(contracts.find(401).orElseThrow().closedAt()).isEqualTo(NOW);
    }

    @Test
    void closeUnseenMarksTheRestGoneAndDeletesNothing() {
        contracts.upsert(FORGE, List.of(exchange(501), exchange(502), exchange(503)), EARLIER_WALK);
        contracts.upsert(DOMAIN, List.of(exchange(504)), EARLIER_WALK);
        contracts.close(503, PublicContractStatus.EXPIRED, EARLIER_WALK);
        contracts.upsert(FORGE, List.of(exchange(502)), WALK);

        assertThat(contracts.closeUnseen(FORGE, WALK, NOW)).isEqualTo(1);

        assertThat(statuses(501, 502, 503, 504)).containsExactly(PublicContractStatus.GONE,
                PublicContractStatus.OUTSTANDING, PublicContractStatus.EXPIRED, PublicContractStatus.OUTSTANDING);
        assertThat(contracts.find(503).orElseThrow().closedAt()).isEqualTo(EARLIER_WALK);
    }

    @Test
    void searchFindsTheRegionsOutstandingContractsByTypePriceAndItemTypeNewestFirst() {
        contracts.upsert(FORGE, List.of(exchange(701), auction(702), exchange(703), exchange(704)), WALK);
        contracts.upsert(DOMAIN, List.of(exchange(705)), WALK);
        contracts.storeDetails(701, List.of(item(7011)), List.of(), WALK);
        contracts.storeDetails(703, List.of(blueprint(7031), item(7032)), List.of(), WALK);
        contracts.close(704, PublicContractStatus.GONE, NOW);

        assertThat(ids(contracts.search(search(null, PriceRange.ANY, null), null))).containsExactly(703L, 702L, 701L);
        assertThat(ids(contracts.search(search(null, PriceRange.ANY, 703L), null))).containsExactly(702L, 701L);
        assertThat(ids(contracts.search(search(ContractType.AUCTION, PriceRange.ANY, null), null)))
                .containsExactly(702L);
        assertThat(ids(contracts.search(search(null, new PriceRange(null, Isk.of("1000000")), null), null)))
                .containsExactly(702L);
        assertThat(ids(contracts.search(search(null, PriceRange.ANY, null), Set.of(new TypeId(34)))))
                .containsExactly(703L, 701L);
        assertThat(ids(contracts.search(search(null, PriceRange.ANY, null), Set.of(new TypeId(691), new TypeId(1)))))
                .containsExactly(703L);
        assertThat(contracts.search(new PublicContractSearch(FORGE, null, null, null, null, 1), null)).hasSize(2);
    }

    @Test
    void joinsTheCallersTransaction() throws Exception {
        var enlisted = new SingleConnection(db.dataSource(), false, false);
        var inTransaction = new JdbcPublicContractRepository(enlisted.dataSource());

        inTransaction.upsert(FORGE, List.of(exchange(601)), WALK);
        inTransaction.storeDetails(601, List.of(item(6011)), List.of(), WALK);
        enlisted.connection().rollback();
        inTransaction.upsert(FORGE, List.of(exchange(602)), WALK);
        enlisted.connection().commit();
        enlisted.connection().close();

        assertThat(contracts.find(601)).isEmpty();
        assertThat(contracts.items(601)).isEmpty();
        assertThat(contracts.find(602)).isPresent();
    }

    @Test
    void theChangelogIndexesRegionAndStatusAndTheDetailsBacklog() {
        List<String> indexes = db.inTransaction(em -> em.createNativeQuery(
                "select indexdef from pg_indexes where tablename = 'public_contract' order by indexname")
                .getResultList()).stream().map(String.class::cast).toList();

        assertThat(indexes).anyMatch(d -> d.contains("(region_id, contract_id) WHERE (details_fetched_at IS NULL)"))
                .anyMatch(d -> d.contains("(region_id, status, last_seen)"));
    }

    private static PublicContractSearch search(ContractType type, PriceRange price, Long after) {
        return new PublicContractSearch(FORGE, type, price, null, after, 10);
    }

    private static List<Long> ids(List<PublicContract> found) {
        return found.stream().map(PublicContract::contractId).toList();
    }

    private List<PublicContractStatus> statuses(long... ids) {
        return Arrays.stream(ids).mapToObj(id -> contracts.find(id).orElseThrow().status()).toList();
    }

    private static ContractOffer exchange(long id) {
        return expiring(id, ISSUED.plusSeconds(14 * 86_400));
    }

    private static ContractOffer expiring(long id, Instant dateExpired) {
        return new ContractOffer(id, new CharacterId(90000003L), new CorporationId(98000001L), false,
                new ContractTerms(ContractType.ITEM_EXCHANGE, "lot " + id, Isk.of("1500000.50"), null, null, null,
                        10.0, null, 60003760L, null), ISSUED, dateExpired);
    }

    private static ContractOffer auction(long id) {
        return new ContractOffer(id, new CharacterId(90000003L), new CorporationId(98000001L), false,
                new ContractTerms(ContractType.AUCTION, "", Isk.of("1000000"), Isk.of("9000000"), null, null, 0.01,
                        null, 60003760L, null), ISSUED, ISSUED.plusSeconds(86_400));
    }

    private static PublicContractItem item(long recordId) {
        return new PublicContractItem(recordId, new TypeId(34), 5000, false, null, null, null, null, null);
    }

    private static PublicContractItem blueprint(long recordId) {
        return new PublicContractItem(recordId, new TypeId(691), 1, true, 1_000_000_000_030L, true, 10, 20, 5);
    }

    private static ContractBid bid(long bidId, Long bidder) {
        return new ContractBid(bidId, bidder == null ? null : new CharacterId(bidder), Isk.of("1000000.23"),
                ISSUED.plusSeconds(bidId));
    }
}
