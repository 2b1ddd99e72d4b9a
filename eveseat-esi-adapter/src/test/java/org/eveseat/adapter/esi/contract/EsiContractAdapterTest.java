package org.eveseat.adapter.esi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.eveseat.domain.character.model.AccessToken;
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
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.fake.routes.Scopes;
import org.junit.jupiter.api.Test;

/** The contracts a character or corporation is party to: lists, items and bids, scopes and the cache. */
class EsiContractAdapterTest extends ContractAdapterTestBase {
    @Test
    void characterContractsCarryTheTermsTheirKindUsesAndTheirProgress() {
        harness.esi().ledger().character(PILOT).contracts().set(courier(), itemExchange());

        List<Contract> contracts = fresh(adapter.characterContracts(new CharacterId(PILOT), characterToken()));

        assertThat(contracts).containsExactly(
                new Contract(new ContractOffer(190000002L, new CharacterId(PILOT), new CorporationId(CORPORATION),
                        false, new ContractTerms(ContractType.COURIER, "Jita to Amarr", null, null,
                                Isk.of("12000000"), Isk.of("500000000"), 12500.0, 3, JITA_4_4, AMARR_HUB),
                        ISSUED, ISSUED.plus(Duration.ofDays(14))),
                        ContractStatus.IN_PROGRESS, ContractAvailability.PERSONAL, 90000001L, 90000001L,
                        ISSUED.plusSeconds(600), null),
                new Contract(new ContractOffer(190000001L, new CharacterId(PILOT), new CorporationId(CORPORATION),
                        true, new ContractTerms(ContractType.ITEM_EXCHANGE, "Rifters", Isk.of("1250000.50"), null,
                                null, null, 10.5, null, null, null),
                        ISSUED, ISSUED.plus(Duration.ofDays(14))),
                        ContractStatus.OUTSTANDING, ContractAvailability.PUBLIC, null, null, null, null));
    }

    @Test
    void characterContractItemsAndBidsAreReadPerContract() {
        harness.esi().ledger().character(PILOT).contracts().set(auction());
        var token = characterToken();

        List<ContractItem> items = fresh(adapter.characterContractItems(new CharacterId(PILOT), 190000003L, token));
        List<ContractBid> bids = fresh(adapter.characterContractBids(new CharacterId(PILOT), 190000003L, token));

        assertThat(items).containsExactly(new ContractItem(1900000030L, new TypeId(587), 1, true, true, -2L),
                new ContractItem(1900000031L, new TypeId(34), 5000, false, false, null));
        assertThat(bids).containsExactly(new ContractBid(77001, new CharacterId(90000002L), Isk.of("1000000.23"),
                ISSUED.plusSeconds(60)));
    }

    @Test
    void corporationContractsItemsAndBidsAreReadWithAMembersToken() {
        harness.esi().ledger().character(PILOT).corporationId(CORPORATION);
        harness.esi().ledger().corporation(CORPORATION).contracts().set(auction(), itemExchange());
        var corporation = new CorporationId(CORPORATION);
        var token = harness.token(PILOT, Set.of(Scopes.READ_CORPORATION_CONTRACTS));

        List<Contract> contracts = fresh(adapter.corporationContracts(corporation, token));
        List<ContractItem> items = fresh(adapter.corporationContractItems(corporation, 190000003L, token));
        List<ContractBid> bids = fresh(adapter.corporationContractBids(corporation, 190000003L, token));

        assertThat(contracts).extracting(Contract::contractId).containsExactly(190000003L, 190000001L);
        assertThat(contracts.get(0).offer().terms()).isEqualTo(new ContractTerms(ContractType.AUCTION, "Rifter",
                Isk.of("1000000"), Isk.of("150000000"), null, null, 27289.0, null, null, null));
        assertThat(items).extracting(ContractItem::typeId).containsExactly(new TypeId(587), new TypeId(34));
        assertThat(bids).extracting(ContractBid::bidderId).containsExactly(new CharacterId(90000002L));
    }

    @Test
    void corporationContractsNeedTheCorporationScope() {
        harness.esi().ledger().character(PILOT).corporationId(CORPORATION);

        assertThatThrownBy(() -> adapter.corporationContracts(new CorporationId(CORPORATION), characterToken()))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aSecondReadBeforeExpiryIsNotMadeAndALaterOneIsUnchanged() {
        harness.esi().cacheSeconds(Duration.ofMinutes(5));
        var token = characterToken();
        fresh(adapter.characterContracts(new CharacterId(PILOT), token));

        assertThat(adapter.characterContracts(new CharacterId(PILOT), token)).isInstanceOf(EsiResult.NotDue.class);
        harness.clock().advance(Duration.ofMinutes(6));
        assertThat(adapter.characterContracts(new CharacterId(PILOT), token)).isInstanceOf(EsiResult.Unchanged.class);
        assertThat(harness.esi().requestCount("/characters/" + PILOT + "/contracts")).isEqualTo(2);
    }

    private AccessToken characterToken() {
        return harness.token(PILOT, Set.of(Scopes.READ_CHARACTER_CONTRACTS));
    }
}
