package org.eveseat.example.cli;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.eveseat.domain.character.model.CharacterToken;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.character.port.out.CharacterRepository;
import org.eveseat.domain.character.port.out.CharacterTokenRepository;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;

/**
 * The one character this program works for and its SSO token, kept in memory: the domain's access-token service
 * reads them, refreshes the access token when it runs out and stores the rotated refresh token here.
 */
final class MemoryPilot implements CharacterRepository, CharacterTokenRepository {
    private volatile LinkedCharacter character;
    private volatile CharacterToken token;
    private volatile Instant tokenStoredAt;

    @Override
    public Optional<LinkedCharacter> findById(CharacterId id) {
        return Optional.ofNullable(character).filter(c -> c.id().equals(id));
    }

    @Override
    public List<LinkedCharacter> findByOwner(AccountId owner) {
        return findOwned(c -> c.owner().equals(owner));
    }

    @Override
    public List<CharacterId> findSyncableWithScope(String scope) {
        return findOwned(c -> c.tokenState() == TokenState.VALID && c.hasScope(scope)).stream()
                .map(LinkedCharacter::id).toList();
    }

    @Override
    public List<LinkedCharacter> all(int limit) {
        return limit > 0 ? findOwned(c -> true) : List.of();
    }

    @Override
    public void save(LinkedCharacter saved) {
        character = saved;
    }

    @Override
    public Optional<CharacterToken> findByCharacter(CharacterId id) {
        return Optional.ofNullable(token).filter(t -> t.characterId().equals(id));
    }

    @Override
    public void save(CharacterToken saved) {
        token = saved;
        tokenStoredAt = Instant.now();
    }

    @Override
    public Map<CharacterId, Instant> lastStored(int limit) {
        return token == null || limit <= 0 ? Map.of() : Map.of(token.characterId(), tokenStoredAt);
    }

    private List<LinkedCharacter> findOwned(Predicate<LinkedCharacter> which) {
        LinkedCharacter current = character;
        return current != null && which.test(current) ? List.of(current) : List.of();
    }
}
