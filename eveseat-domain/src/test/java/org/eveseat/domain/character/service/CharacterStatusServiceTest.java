package org.eveseat.domain.character.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.Affiliation;
import org.eveseat.domain.character.model.CharacterPublicInfo;
import org.eveseat.domain.character.model.CharacterStatus;
import org.eveseat.domain.character.model.Gender;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.PilotLocation;
import org.eveseat.domain.character.model.PilotOnline;
import org.eveseat.domain.character.model.PilotShip;
import org.eveseat.domain.character.model.PilotWhereabouts;
import org.eveseat.domain.character.model.ShipStatus;
import org.eveseat.domain.character.model.SkillPoints;
import org.eveseat.domain.character.model.StatusPart;
import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.character.model.Whereabouts;
import org.eveseat.domain.character.port.out.CharacterPublicEsi;
import org.eveseat.domain.character.port.out.PilotLocationEsi;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.ConstellationId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.RegionId;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.skill.model.CharacterSkills;
import org.eveseat.domain.skill.port.out.SkillEsi;
import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.model.SyncState;
import org.eveseat.domain.testing.InMemoryCharacters;
import org.eveseat.domain.testing.InMemorySchedule;
import org.eveseat.domain.universe.model.MapRegion;
import org.eveseat.domain.universe.model.MapSystem;
import org.eveseat.domain.universe.model.StaticType;
import org.eveseat.domain.universe.model.StaticUniverse;
import org.eveseat.domain.universe.model.SystemPlace;
import org.eveseat.domain.universe.model.UpwellStructure;
import org.eveseat.domain.universe.port.out.StaticData;
import org.eveseat.domain.universe.port.out.UniverseCatalogueEsi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CharacterStatusServiceTest {
    private static final CharacterId PILOT = new CharacterId(90000001);
    private static final CharacterId ALT = new CharacterId(90000002);
    private static final CharacterId STRANGER = new CharacterId(90000003);
    private static final AccountId OWNER = new AccountId(1);
    private static final SolarSystemId JITA = new SolarSystemId(30000142);
    private static final RegionId FORGE = new RegionId(10000002);
    private static final Instant LATER = Instant.parse("2026-12-07T12:00:05Z");
    private static final Set<String> ALL = Set.of(PilotLocationEsi.READ_LOCATION, PilotLocationEsi.READ_SHIP_TYPE,
            PilotLocationEsi.READ_ONLINE, CharacterStatusService.READ_SKILLS, StatusPlaces.READ_STRUCTURES);

    private final InMemoryCharacters characters = new InMemoryCharacters();
    private final InMemorySchedule schedule = new InMemorySchedule();
    private final ScriptedLocationEsi esi = new ScriptedLocationEsi();
    private final SkillEsi skills = mock(SkillEsi.class);
    private final CharacterPublicEsi profiles = mock(CharacterPublicEsi.class);
    private final StaticData staticData = mock(StaticData.class);
    private final UniverseCatalogueEsi universe = mock(UniverseCatalogueEsi.class);
    private Supplier<AccessToken> token = () -> new AccessToken("token", LATER);
    private CharacterStatusService service;
    private PilotLocationsService locations;

    @BeforeEach
    void setUp() {
        PilotLocationReads reads = new PilotLocationReads(esi, new StatusPlaces(staticData, universe));
        service = new CharacterStatusService(new CharacterVisibilityService(characters), characters,
                id -> token.get(), esi, reads, skills, profiles, new StatusPlaces(staticData, universe), schedule,
                Set.of(SyncEndpoint.WALLET_BALANCE, SyncEndpoint.WALLET_JOURNAL));
        locations = new PilotLocationsService(characters, id -> token.get(), reads);
        when(profiles.info(PILOT)).thenReturn(new EsiResult.Fresh<>(new CharacterPublicInfo(PILOT, "Pilot",
                new CorporationId(98000001), new AllianceId(99000001), null, Instant.EPOCH, Gender.FEMALE, 1, 1,
                null, 0, null, null), LATER));
        when(staticData.place(JITA)).thenReturn(Optional.of(new SystemPlace(JITA, "Jita", FORGE, "The Forge")));
        when(staticData.universe()).thenReturn(new StaticUniverse("test",
                List.of(new MapRegion(FORGE, "The Forge", null)), List.of(), List.of(new MapSystem(JITA, "Jita",
                        new ConstellationId(20000020), FORGE, 0.946, new Position(0, 0, 0), null, null, null)),
                List.of()));
        when(staticData.stationName(60003760L)).thenReturn(Optional.of("Jita IV - Moon 4 - Caldari Navy Assembly Plant"));
        when(staticData.type(new TypeId(587))).thenReturn(Optional.of(new StaticType(new TypeId(587), "Rifter", 25,
                "Frigate", 6, "Ship", 27289, 2500.0, 64L, true)));
        when(skills.skills(any(), any())).thenReturn(new EsiResult.Fresh<>(new CharacterSkills(List.of(),
                5_000_000, 120_000), LATER));
    }

    @Test
    void everyGrantedPartIsReadAndNamed() {
        link(ALL);
        schedule.rows.put(new SyncKey(SyncEndpoint.WALLET_BALANCE, PILOT.value()), new ScheduledSync(
                new SyncKey(SyncEndpoint.WALLET_BALANCE, PILOT.value()), PILOT.value(), 0, LATER,
                new SyncState(LATER, Instant.parse("2026-12-07T11:50:00Z"), "UPDATED", null, 0)));

        CharacterStatus status = service.status(new Viewer(OWNER, false), PILOT);

        assertThat(status.corporationId()).isEqualTo(new CorporationId(98000001));
        assertThat(status.allianceId()).isEqualTo(new AllianceId(99000001));
        assertThat(status.location().value()).isEqualTo(new Whereabouts(JITA, "Jita", 0.946, FORGE, "The Forge",
                60003760L, "Jita IV - Moon 4 - Caldari Navy Assembly Plant", false));
        assertThat(status.ship().value()).isEqualTo(new ShipStatus(new TypeId(587), "Rifter", 1000000016991L,
                "Scout"));
        assertThat(status.online().value().online()).isTrue();
        assertThat(status.skillPoints().value()).isEqualTo(new SkillPoints(5_000_000, 120_000));
        assertThat(status.lastSync()).isEqualTo(Instant.parse("2026-12-07T11:50:00Z"));
    }

    @Test
    void aScopeNotGrantedIsNamedAndNotAskedFor() {
        link(Set.of(PilotLocationEsi.READ_ONLINE));

        CharacterStatus status = service.status(new Viewer(OWNER, false), PILOT);

        assertThat(status.location()).isEqualTo(StatusPart.notGranted(PilotLocationEsi.READ_LOCATION));
        assertThat(status.ship().missingScope()).isEqualTo(PilotLocationEsi.READ_SHIP_TYPE);
        assertThat(status.skillPoints().missingScope()).isEqualTo(CharacterStatusService.READ_SKILLS);
        assertThat(status.online().value()).isNotNull();
        assertThat(esi.locationReads).isZero();
        assertThat(status.lastSync()).isNull();
    }

    @Test
    void aReadBeforeExpiresAnswersTheLastValueEsiSent() {
        link(ALL);
        service.status(new Viewer(OWNER, false), PILOT);
        esi.location = new EsiResult.NotDue<>(LATER);

        assertThat(service.status(new Viewer(OWNER, false), PILOT).location().value().systemName()).isEqualTo("Jita");
        assertThat(esi.locationReads).isEqualTo(2);
    }

    @Test
    void aFailingPartLeavesTheOthersAndSaysWhy() {
        link(ALL);
        esi.failure = new UpstreamUnavailableException("ESI answered 503");
        when(skills.skills(any(), any())).thenThrow(new NotPermittedException("403 token lacks the scope"));

        CharacterStatus status = service.status(new Viewer(OWNER, false), PILOT);

        assertThat(status.location().unavailable()).contains("503");
        assertThat(status.skillPoints().unavailable()).contains("403");
        assertThat(status.ship().value()).isNotNull();
    }

    @Test
    void anInvalidTokenEmptiesTheGrantedPartsButNotTheAnswer() {
        link(ALL);
        token = () -> {
            throw new TokenInvalidException(PILOT);
        };

        CharacterStatus status = service.status(new Viewer(OWNER, false), PILOT);

        assertThat(List.of(status.location(), status.ship(), status.online(), status.skillPoints()))
                .allSatisfy(part -> assertThat(part.unavailable()).startsWith("no access token"));
        assertThat(status.corporationId()).isNotNull();
    }

    @Test
    void aStructureIsNamedWithThePilotsTokenOrLeftUnnamed() {
        link(ALL);
        esi.location = new EsiResult.Fresh<>(new PilotLocation(JITA, null, 1035466617946L), LATER);
        when(universe.structure(any(Long.class), any(), any())).thenReturn(new EsiResult.Fresh<>(
                new UpwellStructure(1035466617946L, "Jita - Trade Hub", new CorporationId(98000001), JITA, null,
                        null), LATER));

        Whereabouts where = service.status(new Viewer(OWNER, false), PILOT).location().value();

        assertThat(where.dockedId()).isEqualTo(1035466617946L);
        assertThat(where.dockedName()).isEqualTo("Jita - Trade Hub");
        assertThat(where.structure()).isTrue();
    }

    @Test
    void aProfileAnotherReaderTookFromEsiIsLookedUpAsAnAffiliation() {
        link(ALL);
        when(profiles.info(PILOT)).thenReturn(new EsiResult.NotDue<>(LATER));
        when(profiles.affiliations(Set.of(PILOT))).thenReturn(List.of(new Affiliation(PILOT,
                new CorporationId(98000002), null, null)));

        CharacterStatus status = service.status(new Viewer(OWNER, false), PILOT);

        assertThat(status.corporationId()).isEqualTo(new CorporationId(98000002));
        assertThat(status.allianceId()).isNull();
    }

    @Test
    void anotherAccountsCharacterIsNotFound() {
        link(ALL);

        assertThatThrownBy(() -> service.status(new Viewer(new AccountId(2), false), PILOT))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.status(new Viewer(new AccountId(2), true), PILOT).characterId()).isEqualTo(PILOT);
        assertThat(esi.locationReads).isEqualTo(1);
    }

    @Test
    void theMapListsOnlyTheViewersOwnCharactersByNameWithWhyOneHasNoLocation() {
        link(ALL);
        characters.save(new LinkedCharacter(ALT, "alt Pilot", "hash-alt", OWNER,
                Set.of(PilotLocationEsi.READ_ONLINE), TokenState.VALID));
        characters.save(new LinkedCharacter(STRANGER, "Stranger", "hash-x", new AccountId(2), ALL, TokenState.VALID));

        List<PilotWhereabouts> mine = locations.locations(new Viewer(OWNER, false));

        assertThat(mine).extracting(PilotWhereabouts::name).containsExactly("alt Pilot", "Pilot");
        assertThat(mine.get(0).location()).isEqualTo(StatusPart.notGranted(PilotLocationEsi.READ_LOCATION));
        assertThat(mine.get(1).location().value().systemName()).isEqualTo("Jita");
        assertThat(locations.locations(new Viewer(new AccountId(3), true))).isEmpty();
        assertThat(esi.locationReads).isEqualTo(1);
    }

    @Test
    void theMapAndTheOverviewShareEsisLastLocationAnswer() {
        link(ALL);
        service.status(new Viewer(OWNER, false), PILOT);
        esi.location = new EsiResult.NotDue<>(LATER);

        assertThat(locations.locations(new Viewer(OWNER, false)).get(0).location().value().systemName())
                .isEqualTo("Jita");
        esi.failure = new UpstreamUnavailableException("ESI answered 503");
        assertThat(locations.locations(new Viewer(OWNER, false)).get(0).location().unavailable()).contains("503");
    }

    private void link(Set<String> scopes) {
        characters.save(new LinkedCharacter(PILOT, "Pilot", "hash", OWNER, scopes, TokenState.VALID));
    }

    private static final class ScriptedLocationEsi implements PilotLocationEsi {
        EsiResult<PilotLocation> location = new EsiResult.Fresh<>(new PilotLocation(JITA, 60003760L, null), LATER);
        RuntimeException failure;
        int locationReads;

        @Override
        public EsiResult<PilotLocation> location(CharacterId characterId, AccessToken token) {
            locationReads++;
            if (failure != null) {
                throw failure;
            }
            return location;
        }

        @Override
        public EsiResult<PilotShip> ship(CharacterId characterId, AccessToken token) {
            return new EsiResult.Fresh<>(new PilotShip(new TypeId(587), 1000000016991L, "Scout"), LATER);
        }

        @Override
        public EsiResult<PilotOnline> online(CharacterId characterId, AccessToken token) {
            return new EsiResult.Fresh<>(new PilotOnline(true, LATER, null, 9001), LATER);
        }
    }
}
