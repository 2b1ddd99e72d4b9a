package org.eveseat.domain.wallet.service;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.wallet.model.WalletBalance;
import org.eveseat.domain.wallet.port.in.WalletBalanceQuery;
import org.eveseat.domain.wallet.port.out.WalletBalanceRepository;

/** Serves stored balances to those allowed to see them. */
public class WalletBalanceService implements WalletBalanceQuery {
    private final CharacterVisibilityQuery visibility;
    private final WalletBalanceRepository balances;

    public WalletBalanceService(CharacterVisibilityQuery visibility, WalletBalanceRepository balances) {
        this.visibility = visibility;
        this.balances = balances;
    }

    @Override
    public WalletBalance balanceOf(Viewer viewer, CharacterId characterId) {
        if (!visibility.canSee(viewer, characterId)) {
            throw new NotFoundException("character " + characterId + " not found");
        }
        return balances.find(characterId)
                .orElseThrow(() -> new NotFoundException("no wallet balance synced yet for character " + characterId));
    }
}
