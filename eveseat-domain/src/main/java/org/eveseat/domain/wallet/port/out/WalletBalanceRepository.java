package org.eveseat.domain.wallet.port.out;

import java.util.Optional;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.wallet.model.WalletBalance;

/** Stores the last known wallet balance of each character. */
public interface WalletBalanceRepository {
    Optional<WalletBalance> find(CharacterId characterId);

    void save(WalletBalance balance);
}
