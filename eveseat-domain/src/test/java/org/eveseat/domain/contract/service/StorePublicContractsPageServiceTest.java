package org.eveseat.domain.contract.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.domain.testing.PublicContractFixtures.THE_FORGE;
import static org.eveseat.domain.testing.PublicContractFixtures.offer;

import java.time.Instant;
import java.util.List;

import org.eveseat.domain.contract.model.PublicContract;
import org.eveseat.domain.contract.model.PublicContractStatus;
import org.eveseat.domain.contract.port.in.PublicContractsWalk;
import org.eveseat.domain.contract.port.in.StoredContractsPage;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.testing.InMemoryPublicContracts;
import org.eveseat.domain.testing.ScriptedContractEsi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StorePublicContractsPageServiceTest {
    private static final Instant EARLIER_WALK = Instant.parse("2026-11-25T11:30:00Z");
    private static final PublicContractsWalk WALK =
            new PublicContractsWalk(THE_FORGE, Instant.parse("2026-11-25T12:00:00Z"));

    private final ScriptedContractEsi esi = new ScriptedContractEsi();
    private final InMemoryPublicContracts contracts = new InMemoryPublicContracts();
    private final StorePublicContractsPageService service = new StorePublicContractsPageService(esi, contracts);

    @BeforeEach
    void listing() {
        esi.listings.put(THE_FORGE, List.of(List.of(offer(103), offer(102)), List.of(offer(101))));
    }

    @Test
    void storesThePageAsSeenInTheWalkAndReportsThePageCount() {
        StoredContractsPage stored = service.store(WALK, 1);

        assertThat(stored).isEqualTo(new StoredContractsPage(1, 2, 2, false));
        assertThat(stored.isLast()).isFalse();
        assertThat(contracts.all()).extracting(PublicContract::contractId).containsExactly(102L, 103L);
        assertThat(contracts.find(103)).get().isEqualTo(new PublicContract(offer(103), THE_FORGE,
                PublicContractStatus.OUTSTANDING, WALK.startedAt(), null, null));
        assertThat(service.store(WALK, 2).isLast()).isTrue();
    }

    @Test
    void aContractSeenAgainKeepsItsRowAndIsLastSeenAtTheWalksStart() {
        contracts.upsert(THE_FORGE, List.of(offer(102)), EARLIER_WALK);
        contracts.storeDetails(102, List.of(), List.of(), EARLIER_WALK);
        contracts.close(102, PublicContractStatus.GONE, EARLIER_WALK);

        service.store(WALK, 1);

        PublicContract seenAgain = contracts.find(102).orElseThrow();
        assertThat(seenAgain.lastSeen()).isEqualTo(WALK.startedAt());
        assertThat(seenAgain.detailsFetchedAt()).as("details are kept").isEqualTo(EARLIER_WALK);
        assertThat(seenAgain.status()).as("listed, so outstanding").isEqualTo(PublicContractStatus.OUTSTANDING);
        assertThat(seenAgain.closedAt()).isNull();
    }

    @Test
    void storingAPageAgainAfterARestartChangesNothing() {
        service.store(WALK, 1);
        List<PublicContract> once = contracts.all();

        service.store(WALK, 1);

        assertThat(contracts.all()).isEqualTo(once);
    }

    @Test
    void whenPageOneIsNotDueOrUnchangedTheWalkIsOverWithoutWriting() {
        esi.firstPageAnswer = new EsiResult.NotDue<>(ScriptedContractEsi.EXPIRES);
        assertThat(service.store(WALK, 1)).isEqualTo(StoredContractsPage.upToDate(1));

        esi.firstPageAnswer = new EsiResult.Unchanged<>(ScriptedContractEsi.EXPIRES);
        StoredContractsPage unchanged = service.store(WALK, 1);

        assertThat(unchanged.upToDate()).isTrue();
        assertThat(unchanged.isLast()).isTrue();
        assertThat(contracts.all()).isEmpty();
    }

    @Test
    void badRegionsAndPagesAreRuleViolations() {
        assertThatThrownBy(() -> service.store(new PublicContractsWalk(new RegionId(10000999L), WALK.startedAt()), 1))
                .isInstanceOf(RuleViolationException.class).hasMessage("region 10000999 is unknown to ESI");
        assertThatThrownBy(() -> RegionId.parse("forge"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("'forge'");
        assertThatThrownBy(() -> RegionId.parse(null)).isInstanceOf(RuleViolationException.class);
        assertThat(RegionId.parse(" 10000002 ")).isEqualTo(THE_FORGE);
        assertThatThrownBy(() -> service.store(WALK, 0)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new PublicContractsWalk(THE_FORGE, null)).isInstanceOf(RuleViolationException.class);
    }
}
