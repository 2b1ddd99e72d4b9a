package org.eveseat.adapter.esi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.contract.model.ContractOffer;
import org.eveseat.domain.contract.model.PublicContractItem;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.fake.CachePolicy;
import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.ledger.Contract;
import org.junit.jupiter.api.Test;

/** The public contracts of a region: a listing of many 1000-contract pages, and each contract's items and bids. */
class EsiPublicContractsTest extends ContractAdapterTestBase {
    private static final long THE_FORGE = 10000002L;

    @Test
    void aRegionListingOfThreePagesComesBackWholeWithEveryContractOnce() {
        List<Contract> listed = Contract.generate(THE_FORGE, 90000003L, 98000001L, 2_500,
                harness.esi().ledger().anchor());
        harness.esi().ledger().publicData().publicContracts(THE_FORGE).set(listed);

        List<ContractOffer> offers = fresh(adapter.publicContracts(new RegionId(THE_FORGE)));

        assertThat(offers).extracting(ContractOffer::contractId)
                .containsExactlyElementsOf(listed.stream().map(Contract::contractId).toList());
        ContractOffer newest = offers.get(0);
        assertThat(newest.issuerId()).isEqualTo(new CharacterId(90000003L));
        assertThat(newest.terms().title()).isEqualTo(listed.get(0).title());
        assertThat(newest.terms().price()).isEqualTo(new Isk(BigDecimal.valueOf(listed.get(0).price())));
        // three pages of at most 1000, then page 1 again to check nothing moved during the walk
        assertThat(harness.esi().requestCount("/contracts/public/" + THE_FORGE)).isEqualTo(4);
    }

    @Test
    void publicItemsShowItemIdsAndBlueprintDetailsAndBidsHideTheBidder() {
        harness.esi().ledger().publicData().publicContracts(THE_FORGE).set(auction());

        List<PublicContractItem> items = fresh(adapter.publicContractItems(190000003L));
        List<ContractBid> bids = fresh(adapter.publicContractBids(190000003L));

        assertThat(items).containsExactly(
                new PublicContractItem(1900000030L, new TypeId(587), 1, true, 1_000_000_000_030L, true, 10, 20, 5),
                new PublicContractItem(1900000031L, new TypeId(34), 5000, false, null, null, null, null, null));
        assertThat(bids).containsExactly(new ContractBid(77001, null, Isk.of("1000000.23"),
                ISSUED.plusSeconds(60)));
    }

    @Test
    void aContractNoLongerOutstandingHasNoItems() {
        // ESI answers 204 without a body then
        harness.esi().route(EsiRoute.get("/contracts/public/items/{contract_id}").cache(CachePolicy.NONE).status(204));

        EsiResult<List<PublicContractItem>> items = adapter.publicContractItems(190000003L);

        assertThat(fresh(items)).isEmpty();
    }
}
