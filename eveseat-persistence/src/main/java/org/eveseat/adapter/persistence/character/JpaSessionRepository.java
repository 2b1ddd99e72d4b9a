package org.eveseat.adapter.persistence.character;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.domain.character.port.out.SessionRepository;

@ApplicationScoped
@TransactionRequired
public class JpaSessionRepository implements SessionRepository {
    private EntityManager em;

    protected JpaSessionRepository() {
    }

    @Inject
    public JpaSessionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void revoke(String sessionId, Instant expiresAt) {
        // rows past their token's expiry protect nothing any more
        em.createQuery("delete from RevokedSessionEntity s where s.expiresAt < :now")
                .setParameter("now", Timestamps.toColumn(Instant.now())).executeUpdate();
        if (em.find(RevokedSessionEntity.class, sessionId) == null) {
            RevokedSessionEntity entity = new RevokedSessionEntity();
            entity.sessionId = sessionId;
            entity.expiresAt = Timestamps.toColumn(expiresAt);
            em.persist(entity);
        }
    }

    @Override
    public boolean isRevoked(String sessionId) {
        return em.find(RevokedSessionEntity.class, sessionId) != null;
    }
}
