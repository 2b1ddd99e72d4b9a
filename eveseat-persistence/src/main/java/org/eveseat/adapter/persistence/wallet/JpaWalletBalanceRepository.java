package org.eveseat.adapter.persistence.wallet;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eveseat.adapter.persistence.Timestamps;
import org.eveseat.adapter.persistence.TransactionRequired;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.wallet.model.WalletBalance;
import org.eveseat.domain.wallet.port.out.WalletBalanceRepository;

@ApplicationScoped
@TransactionRequired
public class JpaWalletBalanceRepository implements WalletBalanceRepository {
    private EntityManager em;

    protected JpaWalletBalanceRepository() {
    }

    @Inject
    public JpaWalletBalanceRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<WalletBalance> find(CharacterId characterId) {
        return Optional.ofNullable(em.find(WalletBalanceEntity.class, characterId.value()))
                .map(e -> new WalletBalance(new CharacterId(e.characterId), new Isk(e.balance),
                        Timestamps.fromColumn(e.syncedAt)));
    }

    @Override
    public void save(WalletBalance balance) {
        WalletBalanceEntity entity = em.find(WalletBalanceEntity.class, balance.characterId().value());
        boolean isNew = entity == null;
        if (isNew) {
            entity = new WalletBalanceEntity();
            entity.characterId = balance.characterId().value();
        }
        entity.balance = balance.balance().amount();
        entity.syncedAt = Timestamps.toColumn(balance.syncedAt());
        if (isNew) {
            em.persist(entity);
        }
    }
}
