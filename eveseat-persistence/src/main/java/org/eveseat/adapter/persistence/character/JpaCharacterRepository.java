package org.eveseat.adapter.persistence.character;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.character.port.out.CharacterRepository;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;

@ApplicationScoped
@TransactionRequired
public class JpaCharacterRepository implements CharacterRepository {
    private EntityManager em;

    protected JpaCharacterRepository() {
    }

    @Inject
    public JpaCharacterRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<LinkedCharacter> findById(CharacterId id) {
        return Optional.ofNullable(em.find(CharacterEntity.class, id.value())).map(CharacterMapper::toCharacter);
    }

    @Override
    public List<LinkedCharacter> findByOwner(AccountId owner) {
        return em.createQuery("select c from CharacterEntity c where c.accountId = :owner order by c.name",
                        CharacterEntity.class)
                .setParameter("owner", owner.value())
                .getResultStream().map(CharacterMapper::toCharacter).toList();
    }

    @Override
    public List<LinkedCharacter> all(int limit) {
        return em.createQuery("select c from CharacterEntity c order by c.id", CharacterEntity.class)
                .setMaxResults(limit)
                .getResultStream().map(CharacterMapper::toCharacter).toList();
    }

    @Override
    public List<CharacterId> findSyncableWithScope(String scope) {
        return em.createQuery("select c.id from CharacterEntity c where c.tokenState = :valid"
                        + " and concat(' ', c.scopes, ' ') like :scope order by c.id", Long.class)
                .setParameter("valid", TokenState.VALID.name())
                .setParameter("scope", CharacterMapper.scopePattern(scope))
                .getResultStream().map(CharacterId::new).toList();
    }

    @Override
    public void save(LinkedCharacter character) {
        CharacterEntity entity = em.find(CharacterEntity.class, character.id().value());
        boolean isNew = entity == null;
        if (isNew) {
            entity = new CharacterEntity();
        }
        CharacterMapper.copy(character, entity);
        if (isNew) {
            em.persist(entity);
        }
    }
}
