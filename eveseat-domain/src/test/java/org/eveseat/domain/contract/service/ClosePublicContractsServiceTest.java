package org.eveseat.domain.contract.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.eveseat.domain.testing.PublicContractFixtures.DOMAIN;
import static org.eveseat.domain.testing.PublicContractFixtures.THE_FORGE;
import static org.eveseat.domain.testing.PublicContractFixtures.offer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eveseat.domain.contract.model.ContractType;
import org.eveseat.domain.contract.model.PublicContract;
import org.eveseat.domain.contract.model.PublicContractStatus;
import org.eveseat.domain.contract.port.in.ClosedContracts;
import org.eveseat.domain.contract.port.in.PublicContractsWalk;
import org.eveseat.domain.testing.InMemoryPublicContracts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClosePublicContractsServiceTest {
    private static final Instant EARLIER_WALK = Instant.parse("2026-11-25T11:30:00Z");
    private static final PublicContractsWalk WALK =
            new PublicContractsWalk(THE_FORGE, Instant.parse("2026-11-25T12:00:00Z"));
    private static final Instant NOW = WALK.startedAt().plusSeconds(300);

    private final InMemoryPublicContracts contracts = new InMemoryPublicContracts();
    private final ClosePublicContractsService service =
            new ClosePublicContractsService(contracts, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void twoWalks() {
        contracts.upsert(THE_FORGE, List.of(offer(101), offer(102, ContractType.AUCTION, NOW.minusSeconds(60)),
                offer(103), offer(104)), EARLIER_WALK);
        contracts.upsert(DOMAIN, List.of(offer(201)), EARLIER_WALK);
        contracts.close(104, PublicContractStatus.EXPIRED, EARLIER_WALK);
        contracts.upsert(THE_FORGE, List.of(offer(103)), WALK.startedAt());
    }

    @Test
    void contractsTheWalkDidNotSeeAreExpiredOrGoneAndNeverDeleted() {
        assertThat(service.close(WALK)).isEqualTo(new ClosedContracts(1, 1));

        assertThat(contracts.all()).extracting(PublicContract::contractId, PublicContract::status).containsExactly(
                tuple(101L, PublicContractStatus.GONE),
                tuple(102L, PublicContractStatus.EXPIRED),
                tuple(103L, PublicContractStatus.OUTSTANDING),
                tuple(104L, PublicContractStatus.EXPIRED),
                tuple(201L, PublicContractStatus.OUTSTANDING));
        assertThat(contracts.find(101).orElseThrow().closedAt()).isEqualTo(NOW);
        assertThat(contracts.find(104).orElseThrow().closedAt()).as("closed before, untouched").isEqualTo(EARLIER_WALK);
    }

    @Test
    void closingAgainAfterARestartClosesNothingMore() {
        service.close(WALK);
        List<PublicContract> once = contracts.all();

        assertThat(service.close(WALK)).isEqualTo(new ClosedContracts(0, 0));
        assertThat(contracts.all()).isEqualTo(once);
    }
}
