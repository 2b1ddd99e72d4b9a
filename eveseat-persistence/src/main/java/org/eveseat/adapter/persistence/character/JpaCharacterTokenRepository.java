package org.eveseat.adapter.persistence.character;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.CharacterToken;
import org.eveseat.domain.character.port.out.CharacterTokenRepository;
import org.eveseat.domain.shared.CharacterId;

/** Tokens go through {@link TokenCipher} on the way in and out: the database only ever holds ciphertext. */
@ApplicationScoped
@TransactionRequired
public class JpaCharacterTokenRepository implements CharacterTokenRepository {
    private EntityManager em;
    private TokenCipher cipher;

    protected JpaCharacterTokenRepository() {
    }

    @Inject
    public JpaCharacterTokenRepository(EntityManager em, TokenCipher cipher) {
        this.em = em;
        this.cipher = cipher;
    }

    @Override
    public Optional<CharacterToken> findByCharacter(CharacterId id) {
        return Optional.ofNullable(em.find(CharacterTokenEntity.class, id.value())).map(this::toToken);
    }

    @Override
    public void save(CharacterToken token) {
        long id = token.characterId().value();
        CharacterTokenEntity entity = em.find(CharacterTokenEntity.class, id);
        boolean isNew = entity == null;
        if (isNew) {
            entity = new CharacterTokenEntity();
            entity.characterId = id;
        }
        entity.refreshToken = cipher.encrypt(token.refreshToken(), id);
        AccessToken access = token.accessToken();
        entity.accessToken = access == null ? null : cipher.encrypt(access.value(), id);
        entity.accessExpiresAt = access == null ? null : Timestamps.toColumn(access.expiresAt());
        entity.refreshedAt = Timestamps.toColumn(Instant.now());
        if (isNew) {
            em.persist(entity);
        }
    }

    @Override
    public Map<CharacterId, Instant> lastStored(int limit) {
        Map<CharacterId, Instant> stored = new LinkedHashMap<>();
        em.createQuery("select t.characterId, t.refreshedAt from CharacterTokenEntity t order by t.characterId",
                        Object[].class).setMaxResults(limit).getResultList()
                .forEach(row -> stored.put(new CharacterId((Long) row[0]),
                        Timestamps.fromColumn((java.time.OffsetDateTime) row[1])));
        return stored;
    }

    private CharacterToken toToken(CharacterTokenEntity entity) {
        long id = entity.characterId;
        AccessToken access = entity.accessToken == null ? null
                : new AccessToken(cipher.decrypt(entity.accessToken, id), Timestamps.fromColumn(entity.accessExpiresAt));
        return new CharacterToken(new CharacterId(id), cipher.decrypt(entity.refreshToken, id), access);
    }
}
