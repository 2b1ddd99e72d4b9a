package org.eveseat.adapter.persistence.character;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.domain.character.model.Account;
import org.eveseat.domain.character.model.Role;
import org.eveseat.domain.character.port.out.AccountRepository;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.NotFoundException;

@ApplicationScoped
@TransactionRequired
public class JpaAccountRepository implements AccountRepository {
    /** Any fixed number; PostgreSQL advisory locks are named by one. */
    private static final long CREATION_LOCK = 0x45564553_6163636FL;
    private EntityManager em;

    protected JpaAccountRepository() {
    }

    @Inject
    public JpaAccountRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Account create(Set<Role> roles) {
        AccountEntity entity = new AccountEntity();
        entity.admin = roles.contains(Role.ADMIN);
        entity.createdAt = Timestamps.toColumn(Instant.now());
        em.persist(entity);
        em.flush();
        return CharacterMapper.toAccount(entity);
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return Optional.ofNullable(em.find(AccountEntity.class, id.value())).map(CharacterMapper::toAccount);
    }

    @Override
    public Account addRole(AccountId id, Role role) {
        AccountEntity entity = em.find(AccountEntity.class, id.value());
        if (entity == null) {
            throw new NotFoundException("account not found");
        }
        entity.admin |= role == Role.ADMIN;
        return CharacterMapper.toAccount(entity);
    }

    @Override
    public List<Account> list(int limit) {
        return em.createQuery("select a from AccountEntity a order by a.id", AccountEntity.class)
                .setMaxResults(limit).getResultStream().map(CharacterMapper::toAccount).toList();
    }

    /**
     * Locks every admin row first: a concurrent revocation waits, then sees this one's outcome, so two admins
     * revoking each other cannot both pass the count.
     */
    @Override
    public boolean removeRoleUnlessLast(AccountId id, Role role) {
        if (role != Role.ADMIN) {
            throw new IllegalArgumentException("every account keeps the " + role + " role");
        }
        List<?> admins = em.createNativeQuery("select id from account where admin for update").getResultList();
        boolean holds = admins.stream().anyMatch(a -> ((Number) a).longValue() == id.value());
        if (!holds) {
            return true;
        }
        if (admins.size() < 2) {
            return false;
        }
        em.find(AccountEntity.class, id.value()).admin = false;
        return true;
    }

    /** A transaction-scoped advisory lock: held until commit or rollback, taken only by account creation. */
    @Override
    public void lockCreation() {
        em.createNativeQuery("select pg_advisory_xact_lock(" + CREATION_LOCK + ")").getResultList();
    }

    @Override
    public boolean isEmpty() {
        return em.createQuery("select a.id from AccountEntity a", Long.class).setMaxResults(1).getResultList().isEmpty();
    }
}
