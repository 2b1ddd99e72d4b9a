package org.eveseat.domain.contract.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.domain.testing.ContractFixtures.bid;
import static org.eveseat.domain.testing.ContractFixtures.contract;
import static org.eveseat.domain.testing.ContractFixtures.item;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.contract.model.ContractSearch;
import org.eveseat.domain.contract.model.ContractStatus;
import org.eveseat.domain.contract.model.ContractType;
import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.domain.testing.InMemoryContracts;
import org.eveseat.domain.testing.RecordedEvents;
import org.eveseat.domain.testing.ScriptedContractEsi;
import org.junit.jupiter.api.Test;

class SyncContractsServiceTest {
    private static final CharacterId PILOT = new CharacterId(2112625428L);
    private static final ContractOwner OWNER = ContractOwner.of(PILOT);
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final ScriptedContractEsi esi = new ScriptedContractEsi();
    private final InMemoryContracts stored = new InMemoryContracts();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final RecordedEvents events = new RecordedEvents();
    private final SyncContractsService sync = new SyncContractsService(
            character -> new AccessToken("token", NOW.plusSeconds(600)), esi, stored, (keys, at) -> Set.copyOf(keys), events, clock);

    @Test
    void newContractsAreStoredWithTheirItemsAndAuctionBids() {
        esi.partyContracts = List.of(contract(1), contract(2, ContractType.AUCTION, ContractStatus.OUTSTANDING));
        esi.items.put(1L, List.of(item(11, 34)));
        esi.items.put(2L, List.of(item(21, 587)));
        esi.bids.put(2L, List.of(bid(5, "1000000"), bid(6, "2000000")));

        var outcome = sync.sync(PILOT);

        assertThat(outcome.status()).isEqualTo(Status.UPDATED);
        assertThat(outcome.nextDue()).isEqualTo(ScriptedContractEsi.EXPIRES);
        assertThat(stored.list(OWNER, ContractSearch.newest(10), NOW).contracts()).hasSize(2);
        assertThat(stored.items(OWNER, 1)).containsExactly(item(11, 34));
        assertThat(stored.bids(OWNER, 2)).extracting(b -> b.bidId()).containsExactly(6L, 5L);
        assertThat(stored.pendingDetails(OWNER)).isEmpty();
    }

    @Test
    void itemsAreFetchedOnceAndBidsAgainOnlyForOutstandingAuctions() {
        esi.partyContracts = List.of(contract(1), contract(2, ContractType.AUCTION, ContractStatus.OUTSTANDING),
                contract(3, ContractType.AUCTION, ContractStatus.FINISHED));
        sync.sync(PILOT);
        esi.calls.clear();
        esi.bids.put(2L, List.of(bid(7, "3000000")));

        sync.sync(PILOT);

        assertThat(esi.calls).containsExactly("contracts " + PILOT, "bids 2");
        assertThat(stored.bids(OWNER, 2)).extracting(b -> b.bidId()).containsExactly(7L);
        assertThat(events.all()).as("the second sync changed no status").hasSize(1);
    }

    @Test
    void newContractsAndStatusChangesArePushedToTheOwnersContractsTopic() {
        esi.partyContracts = List.of(contract(1), contract(2, ContractType.AUCTION, ContractStatus.OUTSTANDING));
        sync.sync(PILOT);
        esi.partyContracts = List.of(contract(1), contract(2, ContractType.AUCTION, ContractStatus.FINISHED));

        sync.sync(PILOT);

        assertThat(events.ofType("contract.status")).hasSize(2).allSatisfy(e ->
                assertThat(e.topic()).isEqualTo("character." + PILOT.value() + ".contracts"));
        assertThat(events.all().get(0).payload()).containsEntry("changed", 2);
        LiveEvent finished = events.all().get(1);
        assertThat(finished.payload()).containsEntry("changed", 1);
        assertThat((List<?>) finished.payload().get("changes")).singleElement().satisfies(change ->
                assertThat((Map<Object, Object>) change).containsEntry("contractId", 2L)
                        .containsEntry("from", "outstanding").containsEntry("to", "finished")
                        .containsEntry("type", "auction"));
    }

    @Test
    void aContractEsiNoLongerHasKeepsNoItemsAndIsNotAskedAgain() {
        esi.partyContracts = List.of(contract(1));
        esi.items.put(1L, new NotFoundException("Contract not found"));

        assertThat(sync.sync(PILOT).status()).isEqualTo(Status.UPDATED);
        assertThat(stored.pendingDetails(OWNER)).isEmpty();
        assertThat(stored.items(OWNER, 1)).isEmpty();
    }

    @Test
    void aFailedCallKeepsWhatIsStoredAndLeavesTheRestPendingForTheNextSync() {
        esi.partyContracts = List.of(contract(1), contract(2));
        esi.items.put(1L, List.of(item(11, 34)));
        esi.items.put(2L, new UpstreamUnavailableException("ESI timed out"));

        var failed = sync.sync(PILOT);

        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.nextDue()).isEqualTo(NOW.plus(ContractSync.RETRY_AFTER_FAILURE));
        assertThat(stored.items(OWNER, 1)).hasSize(1);
        assertThat(stored.pendingDetails(OWNER)).containsExactly(2L);

        esi.partyContracts = new UpstreamUnavailableException("ESI is down");
        assertThat(sync.sync(PILOT).status()).isEqualTo(Status.FAILED);
        assertThat(stored.list(OWNER, ContractSearch.newest(10), NOW).contracts()).hasSize(2);
    }

    @Test
    void anUnchangedListStillFetchesWhatAnEarlierSyncLeftPending() {
        esi.partyContracts = List.of(contract(1));
        esi.items.put(1L, new EsiResult.NotDue<>(NOW.plusSeconds(60)));
        sync.sync(PILOT);
        esi.partyContracts = new EsiResult.Unchanged<>(NOW.plusSeconds(300));
        esi.items.put(1L, List.of(item(11, 34)));

        assertThat(sync.sync(PILOT).status()).isEqualTo(Status.UPDATED);
        assertThat(stored.items(OWNER, 1)).hasSize(1);
        assertThat(sync.sync(PILOT).status()).isEqualTo(Status.UNCHANGED);
        esi.partyContracts = new EsiResult.NotDue<>(NOW.plusSeconds(300));
        assertThat(sync.sync(PILOT).status()).isEqualTo(Status.NOT_DUE);
    }

    @Test
    void aRevokedTokenIsReportedAsSuch() {
        var revoked = new SyncContractsService(character -> {
            throw new TokenInvalidException(character);
        }, esi, stored, (keys, at) -> Set.copyOf(keys), events, clock);

        assertThat(revoked.sync(PILOT).status()).isEqualTo(Status.TOKEN_INVALID);
        assertThat(esi.calls).isEmpty();
    }

    @Test
    void corporationContractsAreKeptApartFromTheMembersAndAMissingRoleFails() {
        CorporationId corporation = new CorporationId(98000001L);
        var corporationSync = new SyncCorporationContractsService(
                character -> new AccessToken("token", NOW.plusSeconds(600)), esi, stored, (keys, at) -> Set.copyOf(keys), events, clock);
        esi.partyContracts = List.of(contract(1));

        assertThat(corporationSync.sync(corporation, PILOT).status()).isEqualTo(Status.UPDATED);
        assertThat(esi.calls).containsExactly("corporation contracts " + corporation, "corporation items 1");
        assertThat(stored.find(ContractOwner.of(corporation), 1)).isPresent();
        assertThat(stored.find(OWNER, 1)).isEmpty();

        esi.partyContracts = new NotPermittedException("Character lacks the Director role");
        assertThat(corporationSync.sync(corporation, PILOT).detail()).contains("Director");
    }
}
