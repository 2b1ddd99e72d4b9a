package org.eveseat.domain.contract.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.domain.testing.PublicContractFixtures.DOMAIN;
import static org.eveseat.domain.testing.PublicContractFixtures.THE_FORGE;
import static org.eveseat.domain.testing.PublicContractFixtures.bid;
import static org.eveseat.domain.testing.PublicContractFixtures.item;
import static org.eveseat.domain.testing.PublicContractFixtures.offer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eveseat.domain.contract.model.ContractType;
import org.eveseat.domain.contract.model.PublicContractStatus;
import org.eveseat.domain.contract.port.in.ContractDetailsOutcome;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.testing.InMemoryPublicContracts;
import org.eveseat.domain.testing.ScriptedContractEsi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FetchContractDetailsServiceTest {
    private static final Instant SEEN = Instant.parse("2026-11-25T12:00:00Z");
    private static final Instant NOW = SEEN.plusSeconds(90);

    private final ScriptedContractEsi esi = new ScriptedContractEsi();
    private final InMemoryPublicContracts contracts = new InMemoryPublicContracts();
    private final FetchContractDetailsService service =
            new FetchContractDetailsService(esi, contracts, Clock.fixed(NOW, ZoneOffset.UTC));
    private final PendingContractDetailsService pending = new PendingContractDetailsService(contracts);

    @BeforeEach
    void listed() {
        contracts.upsert(THE_FORGE, List.of(offer(101), offer(102, ContractType.AUCTION, NOW.plusSeconds(3600)),
                offer(103, ContractType.COURIER, NOW.minusSeconds(1)), offer(104)), SEEN);
    }

    @Test
    void itemsAreStoredOnceAndOnlyAuctionsAskForBids() {
        esi.items.put(101L, List.of(item(1011), item(1012)));
        esi.items.put(102L, List.of(item(1021)));
        esi.bids.put(102L, List.of(bid(77001), bid(77002)));

        assertThat(service.fetch(101)).isEqualTo(ContractDetailsOutcome.STORED);
        assertThat(service.fetch(102)).isEqualTo(ContractDetailsOutcome.STORED);
        assertThat(service.fetch(101)).isEqualTo(ContractDetailsOutcome.ALREADY_STORED);

        assertThat(esi.calls).containsExactly("items 101", "items 102", "bids 102");
        assertThat(contracts.items(101)).containsExactly(item(1011), item(1012));
        assertThat(contracts.bids(102)).containsExactly(bid(77001), bid(77002));
        assertThat(contracts.find(101).orElseThrow().detailsFetchedAt()).isEqualTo(NOW);
    }

    @Test
    void aContractWithoutItemsLeftTheListingAndIsClosedAsExpiredOrGone() {
        esi.items.put(101L, List.of());
        esi.items.put(103L, new NotFoundException("ESI has no /contracts/public/items/103"));

        assertThat(service.fetch(101)).isEqualTo(ContractDetailsOutcome.GONE);
        assertThat(service.fetch(103)).isEqualTo(ContractDetailsOutcome.GONE);

        assertThat(contracts.find(101).orElseThrow().status()).isEqualTo(PublicContractStatus.GONE);
        assertThat(contracts.find(103).orElseThrow().status()).as("past its expiry")
                .isEqualTo(PublicContractStatus.EXPIRED);
        assertThat(contracts.find(103).orElseThrow().closedAt()).isEqualTo(NOW);
        assertThat(pending.pendingAfter(THE_FORGE, 0, 10)).as("not asked for again").containsExactly(102L, 104L);
    }

    @Test
    void withoutABodyFromEsiTheContractStaysPending() {
        esi.items.put(101L, new EsiResult.Unchanged<>(ScriptedContractEsi.EXPIRES));

        assertThat(service.fetch(101)).isEqualTo(ContractDetailsOutcome.DEFERRED);

        assertThat(contracts.find(101).orElseThrow().detailsFetched()).isFalse();
        assertThat(pending.pendingAfter(THE_FORGE, 0, 1)).containsExactly(101L);
    }

    @Test
    void pendingContractsComeInIdOrderAfterTheLastOneDone() {
        contracts.upsert(DOMAIN, List.of(offer(99)), SEEN);
        esi.items.put(102L, List.of(item(1021)));
        service.fetch(102);

        assertThat(pending.pendingAfter(THE_FORGE, 0, 2)).containsExactly(101L, 103L);
        assertThat(pending.pendingAfter(THE_FORGE, 101, 10)).containsExactly(103L, 104L);
        assertThatThrownBy(() -> pending.pendingAfter(THE_FORGE, 0, 0)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anUnknownContractIsNotFound() {
        assertThatThrownBy(() -> service.fetch(999)).isInstanceOf(NotFoundException.class).hasMessageContaining("999");
        assertThat(esi.calls).isEmpty();
    }
}
