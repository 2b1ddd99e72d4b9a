package org.eveseat.domain.character.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eveseat.domain.character.model.Affiliation;
import org.eveseat.domain.character.model.CharacterPublicInfo;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.character.port.out.CharacterAffiliationRepository;
import org.eveseat.domain.character.port.out.CharacterPublicEsi;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.domain.testing.InMemoryCharacters;
import org.junit.jupiter.api.Test;

class SyncAffiliationsServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final InMemoryCharacters characters = new InMemoryCharacters();
    private final ScriptedAffiliations esi = new ScriptedAffiliations();
    private final StoredCorporations stored = new StoredCorporations();
    private final SyncAffiliationsService service = new SyncAffiliationsService(characters, esi, stored,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void storesTheCorporationOfEveryLinkedCharacterAskedForTogether() {
        link(1001);
        link(1002);
        esi.answer = List.of(new Affiliation(new CharacterId(1001), new CorporationId(98000001), null, null),
                new Affiliation(new CharacterId(1002), new CorporationId(98000002), null, null));

        assertThat(service.sync().status()).isEqualTo(Status.UPDATED);

        assertThat(esi.asked).containsExactly(Set.of(new CharacterId(1001), new CharacterId(1002)));
        assertThat(stored.corporations).containsOnly(Map.entry(new CharacterId(1001), new CorporationId(98000001)),
                Map.entry(new CharacterId(1002), new CorporationId(98000002)));
    }

    @Test
    void withNoCharacterLinkedEsiIsNotAsked() {
        assertThat(service.sync().status()).isEqualTo(Status.UNCHANGED);
        assertThat(esi.asked).isEmpty();
    }

    @Test
    void anUnavailableEsiIsTriedAgainLaterAndChangesNothing() {
        link(1001);
        stored.corporations.put(new CharacterId(1001), new CorporationId(98000001));
        esi.failure = new UpstreamUnavailableException("ESI answered 502");

        SyncOutcome outcome = service.sync();

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.nextDue()).isEqualTo(NOW.plus(SyncAffiliationsService.RETRY_AFTER_FAILURE));
        assertThat(outcome.detail()).contains("502");
        assertThat(stored.corporations).containsOnly(Map.entry(new CharacterId(1001), new CorporationId(98000001)));
    }

    private void link(long id) {
        characters.save(new LinkedCharacter(new CharacterId(id), "Pilot " + id, "hash" + id, new AccountId(1),
                Set.of("publicData"), TokenState.VALID));
    }

    private static final class ScriptedAffiliations implements CharacterPublicEsi {
        final List<Set<CharacterId>> asked = new ArrayList<>();
        List<Affiliation> answer = List.of();
        UpstreamUnavailableException failure;

        @Override
        public EsiResult<CharacterPublicInfo> info(CharacterId characterId) {
            throw new UnsupportedOperationException("not part of the affiliation sync");
        }

        @Override
        public List<Affiliation> affiliations(Set<CharacterId> characterIds) {
            asked.add(Set.copyOf(characterIds));
            if (failure != null) {
                throw failure;
            }
            return answer;
        }
    }

    private static final class StoredCorporations implements CharacterAffiliationRepository {
        final Map<CharacterId, CorporationId> corporations = new HashMap<>();

        @Override
        public void saveCorporations(Map<CharacterId, CorporationId> update) {
            corporations.putAll(update);
        }

        @Override
        public Map<CorporationId, CharacterId> corporationsWithScope(String scope) {
            throw new UnsupportedOperationException("not part of the affiliation sync");
        }

        @Override
        public Map<CharacterId, CorporationId> corporationsOf(AccountId account) {
            throw new UnsupportedOperationException("not part of the affiliation sync");
        }

        @Override
        public boolean hasMember(AccountId account, CorporationId corporationId) {
            throw new UnsupportedOperationException("not part of the affiliation sync");
        }
    }
}
