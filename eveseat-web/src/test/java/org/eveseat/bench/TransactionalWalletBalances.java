package org.eveseat.bench;

import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.eveseat.adapter.persistence.wallet.JpaWalletBalanceRepository;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.wallet.model.WalletBalance;
import org.eveseat.domain.wallet.port.out.WalletBalanceRepository;

/**
 * The real JPA balance repository with what the container adds around each call: its own EntityManager (they
 * are not thread-safe) and a committed transaction.
 */
final class TransactionalWalletBalances implements WalletBalanceRepository {
    private final EntityManagerFactory emf;

    TransactionalWalletBalances(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public Optional<WalletBalance> find(CharacterId characterId) {
        return inTransaction(repository -> repository.find(characterId));
    }

    @Override
    public void save(WalletBalance balance) {
        inTransaction(repository -> {
            repository.save(balance);
            return null;
        });
    }

    private <T> T inTransaction(Function<WalletBalanceRepository, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(new JpaWalletBalanceRepository(em));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
