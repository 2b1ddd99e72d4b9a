package org.eveseat.domain.wallet.port.in;

import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.wallet.model.WalletBalance;

/** The stored balance of a character the viewer may see; NotFound otherwise, so others' characters stay hidden. */
public interface WalletBalanceQuery {
    WalletBalance balanceOf(Viewer viewer, CharacterId characterId);
}
