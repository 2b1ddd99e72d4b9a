package org.eveseat.domain.killmail.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.domain.testing.KillmailFixtures.killmail;
import static org.eveseat.domain.testing.KillmailFixtures.ref;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.model.LiveTopics;
import org.eveseat.domain.killmail.model.KillmailWitness;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.domain.testing.InMemoryKillmails;
import org.eveseat.domain.testing.KillmailFixtures;
import org.eveseat.domain.testing.ScriptedKillmailEsi;
import org.eveseat.domain.universe.model.SystemPlace;
import org.eveseat.domain.universe.port.out.SolarSystemCatalogue;
import org.eveseat.domain.universe.port.out.TypeNameCatalogue;
import org.junit.jupiter.api.Test;

class SyncKillmailsServiceTest {
    private static final CharacterId MAIN = new CharacterId(2112625428L);
    private static final CharacterId ALT = new CharacterId(2112000001L);
    private static final CorporationId CORPORATION = new CorporationId(98000001L);
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final RegionId THE_FORGE = new RegionId(10000002);
    static final TypeNameCatalogue TYPES = () -> Map.of(KillmailFixtures.RIFTER, "Rifter", new TypeId(603), "Merlin");
    static final SolarSystemCatalogue SYSTEMS = system -> system.equals(KillmailFixtures.JITA)
            ? Optional.of(new SystemPlace(system, "Jita", THE_FORGE, "The Forge")) : Optional.empty();

    private final ScriptedKillmailEsi esi = new ScriptedKillmailEsi();
    private final InMemoryKillmails stored = new InMemoryKillmails();
    private final List<LiveEvent> events = new ArrayList<>();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final SyncKillmailsService sync = new SyncKillmailsService(
            character -> new AccessToken("token", NOW.plusSeconds(600)), esi, stored, TYPES, SYSTEMS, events::add,
            clock);
    private final SyncCorporationKillmailsService corporationSync = new SyncCorporationKillmailsService(
            character -> new AccessToken("token", NOW.plusSeconds(600)), esi, stored, TYPES, SYSTEMS, events::add,
            clock);

    @Test
    void aKillmailSeenByTwoCharactersAndTheirCorporationIsFetchedAndStoredOnce() {
        esi.recent.put(MAIN.value(), List.of(ref(1), ref(2)));
        esi.recent.put(ALT.value(), List.of(ref(2)));
        esi.recent.put(CORPORATION.value(), List.of(ref(2)));
        esi.killmails.put(1L, killmail(1));
        esi.killmails.put(2L, killmail(2));

        assertThat(sync.sync(MAIN).status()).isEqualTo(Status.UPDATED);
        assertThat(sync.sync(ALT).status()).isEqualTo(Status.UPDATED);
        assertThat(corporationSync.sync(CORPORATION, ALT).status()).isEqualTo(Status.UPDATED);

        assertThat(esi.calls).containsExactly("recent " + MAIN, "killmail 1", "killmail 2", "recent " + ALT,
                "corporation recent " + CORPORATION);
        assertThat(stored.stored.keySet()).containsExactly(1L, 2L);
        assertThat(stored.regions).containsEntry(1L, THE_FORGE);
        assertThat(stored.seen.keySet()).containsExactly(KillmailWitness.of(MAIN), KillmailWitness.of(ALT),
                KillmailWitness.of(CORPORATION));
        assertThat(stored.pending(KillmailWitness.of(ALT))).isEmpty();
    }

    @Test
    void storedKillmailsAreNeverFetchedAgainAndEachIsAnnouncedOnce() {
        esi.recent.put(MAIN.value(), List.of(ref(1)));
        esi.killmails.put(1L, killmail(1));
        sync.sync(MAIN);
        esi.recent.put(MAIN.value(), List.of(ref(3), ref(1)));
        esi.killmails.put(3L, killmail(3));

        var outcome = sync.sync(MAIN);
        sync.sync(ALT);

        assertThat(outcome.nextDue()).isEqualTo(ScriptedKillmailEsi.EXPIRES);
        assertThat(esi.calls).containsExactly("recent " + MAIN, "killmail 1", "recent " + MAIN, "killmail 3",
                "recent " + ALT);
        assertThat(events).extracting(e -> e.payload().get("killmailId")).containsExactly(1L, 3L);
    }

    @Test
    void theEventCarriesPlaceVictimAndAttackerOrganisationsForTheFeedAndItsFilters() {
        esi.recent.put(MAIN.value(), List.of(ref(1)));
        esi.killmails.put(1L, killmail(1));

        sync.sync(MAIN);

        LiveEvent event = events.get(0);
        assertThat(event.type()).isEqualTo("killmail.new");
        assertThat(event.topic()).isEqualTo(LiveTopics.KILLMAILS);
        assertThat(event.occurredAt()).isEqualTo(NOW);
        assertThat(event.payload()).containsEntry("killmailTime", "2026-11-25T11:00:01Z")
                .containsEntry("solarSystemId", 30000142L).containsEntry("solarSystemName", "Jita")
                .containsEntry("regionId", 10000002L).containsEntry("regionName", "The Forge")
                .containsEntry("attackerAllianceIds", List.of(99000002L))
                .containsEntry("attackerCorporationIds", List.of(98000002L, 98000003L));
        assertThat(event.payload().get("victim")).isEqualTo(Map.of("characterId", 2112625428L,
                "corporationId", 98000001L, "allianceId", 99000001L, "shipTypeId", 587L, "shipTypeName", "Rifter"));
    }

    @Test
    void theEventIsForTheAccountsThatMayReadTheKillmailOnly() {
        AccountId pilot = new AccountId(7);
        stored.witnesses.put(pilot, Set.of(KillmailWitness.of(MAIN)));
        stored.witnesses.put(new AccountId(8), Set.of(KillmailWitness.of(ALT)));
        esi.recent.put(MAIN.value(), List.of(ref(1)));
        esi.killmails.put(1L, killmail(1));

        sync.sync(MAIN);

        assertThat(events.get(0).audience()).containsExactly(pilot);
    }

    @Test
    void aFailingEsiKeepsWhatIsStoredAndThePendingReferencesForTheNextSync() {
        esi.recent.put(MAIN.value(), List.of(ref(1), ref(2)));
        esi.killmails.put(1L, killmail(1));
        esi.killmails.put(2L, new UpstreamUnavailableException("ESI answered 503"));

        var failed = sync.sync(MAIN);

        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.nextDue()).isEqualTo(NOW.plus(KillmailIngest.RETRY_AFTER_FAILURE));
        assertThat(stored.stored.keySet()).containsExactly(1L);
        assertThat(stored.pending(KillmailWitness.of(MAIN))).containsExactly(ref(2));

        esi.recent.put(MAIN.value(), new EsiResult.Unchanged<>(ScriptedKillmailEsi.EXPIRES));
        esi.killmails.put(2L, killmail(2));
        assertThat(sync.sync(MAIN).status()).isEqualTo(Status.UPDATED);
        assertThat(stored.stored.keySet()).containsExactly(1L, 2L);
        assertThat(events).hasSize(2);
    }

    @Test
    void aFailingListStoresNothingAndAnUnchangedOneWithNothingPendingIsUnchanged() {
        esi.recent.put(MAIN.value(), new UpstreamUnavailableException("time-out"));
        assertThat(sync.sync(MAIN).status()).isEqualTo(Status.FAILED);
        assertThat(stored.saves).isZero();

        esi.recent.put(MAIN.value(), new EsiResult.Unchanged<>(ScriptedKillmailEsi.EXPIRES));
        assertThat(sync.sync(MAIN).status()).isEqualTo(Status.UNCHANGED);
        esi.recent.put(MAIN.value(), new EsiResult.NotDue<>(ScriptedKillmailEsi.EXPIRES));
        assertThat(sync.sync(MAIN).status()).isEqualTo(Status.NOT_DUE);
        assertThat(events).isEmpty();
    }

    @Test
    void aReferenceEsiRefusesIsNamedStaysPendingAndDoesNotStopTheOthers() {
        esi.recent.put(MAIN.value(), List.of(ref(1), ref(2)));
        esi.killmails.put(1L, new RuleViolationException("Invalid killmail_id and/or killmail_hash"));
        esi.killmails.put(2L, killmail(2));

        var outcome = sync.sync(MAIN);

        assertThat(outcome.status()).isEqualTo(Status.UPDATED);
        assertThat(outcome.detail()).contains("1: Invalid killmail_id");
        assertThat(stored.stored.keySet()).containsExactly(2L);
        assertThat(stored.pending(KillmailWitness.of(MAIN))).containsExactly(ref(1));
    }

    @Test
    void aRevokedTokenIsReportedWithoutCallingEsi() {
        var revoked = new SyncKillmailsService(character -> {
            throw new TokenInvalidException(character);
        }, esi, stored, TYPES, SYSTEMS, events::add, clock);

        assertThat(revoked.sync(MAIN).status()).isEqualTo(Status.TOKEN_INVALID);
        assertThat(esi.calls).isEmpty();
    }

    @Test
    void aPublisherThatFailsDoesNotFailTheSync() {
        esi.recent.put(MAIN.value(), List.of(ref(1)));
        esi.killmails.put(1L, killmail(1));
        var failingPush = new SyncKillmailsService(character -> new AccessToken("token", NOW.plusSeconds(600)), esi,
                stored, TYPES, SYSTEMS, event -> {
                    throw new IllegalStateException("topic closed");
                }, clock);

        assertThat(failingPush.sync(MAIN).status()).isEqualTo(Status.UPDATED);
        assertThat(stored.stored).containsKey(1L);
    }
}
