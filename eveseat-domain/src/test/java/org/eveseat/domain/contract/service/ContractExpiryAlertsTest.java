package org.eveseat.domain.contract.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.domain.testing.ContractFixtures.contract;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.contract.model.ContractStatus;
import org.eveseat.domain.contract.model.ContractType;
import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.port.out.AlertLog;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.testing.InMemoryContracts;
import org.eveseat.domain.testing.RecordedEvents;
import org.eveseat.domain.testing.ScriptedContractEsi;
import org.junit.jupiter.api.Test;

/** Contract n of the fixtures expires at 2026-12-04T08:00Z plus n hours. */
class ContractExpiryAlertsTest {
    private static final CharacterId PILOT = new CharacterId(2112625428L);
    private static final Instant DAY_BEFORE = Instant.parse("2026-12-03T12:00:00Z");

    private final ScriptedContractEsi esi = new ScriptedContractEsi();
    private final InMemoryContracts stored = new InMemoryContracts();
    private final RecordedEvents events = new RecordedEvents();
    private final Set<String> raised = new HashSet<>();
    private final AlertLog alerts = (keys, at) -> keys.stream().filter(raised::add).collect(Collectors.toSet());
    private Instant now = DAY_BEFORE;
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final SyncContractsService sync = new SyncContractsService(
            character -> new AccessToken("token", now.plusSeconds(600)), esi, stored, alerts, events, clock);

    @Test
    void anOutstandingContractExpiringWithinADayIsAlertedOnceOnTheCharactersAlerts() {
        esi.partyContracts = List.of(contract(1), contract(2, ContractType.ITEM_EXCHANGE, ContractStatus.FINISHED),
                contract(30));

        sync.sync(PILOT);

        List<LiveEvent> expiring = events.ofType("contract.expiring");
        assertThat(expiring).hasSize(1);
        assertThat(expiring.get(0).topic()).isEqualTo("character.2112625428.alerts");
        assertThat(contractIds(expiring.get(0))).containsExactly(1L);
        Map<?, ?> first = (Map<?, ?>) ((List<?>) expiring.get(0).payload().get("contracts")).get(0);
        assertThat(first.get("dateExpired")).isEqualTo("2026-12-04T09:00:00Z");
        assertThat(first.get("title")).isEqualTo("lot 1");

        esi.partyContracts = new EsiResult.Unchanged<>(now.plusSeconds(300));
        sync.sync(PILOT);
        assertThat(events.ofType("contract.expiring")).hasSize(1);
    }

    @Test
    void aContractEnteringTheWindowLaterIsAlertedOnTheNextSyncEvenWhenEsiHasNothingNew() {
        esi.partyContracts = List.of(contract(1), contract(30));
        sync.sync(PILOT);
        esi.partyContracts = new EsiResult.Unchanged<>(now.plusSeconds(300));

        now = DAY_BEFORE.plus(Duration.ofHours(30));
        sync.sync(PILOT);

        List<LiveEvent> expiring = events.ofType("contract.expiring");
        assertThat(expiring).hasSize(2);
        assertThat(contractIds(expiring.get(1))).containsExactly(30L);
    }

    @Test
    void aCorporationsExpiringContractGoesToItsContractsTopic() {
        CorporationId corporation = new CorporationId(98000001L);
        var corporationSync = new SyncCorporationContractsService(
                character -> new AccessToken("token", now.plusSeconds(600)), esi, stored, alerts, events, clock);
        esi.partyContracts = List.of(contract(1));

        corporationSync.sync(corporation, PILOT);

        LiveEvent expiring = events.ofType("contract.expiring").get(0);
        assertThat(expiring.topic()).isEqualTo("corporation.98000001.contracts");
        assertThat(expiring.payload()).containsEntry("corporationId", 98000001L);
    }

    private static List<Object> contractIds(LiveEvent event) {
        return ((List<?>) event.payload().get("contracts")).stream().map(c -> ((Map<?, ?>) c).get("contractId"))
                .map(Object.class::cast).toList();
    }
}
