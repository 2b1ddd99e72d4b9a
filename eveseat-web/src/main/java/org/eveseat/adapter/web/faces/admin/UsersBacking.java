package org.eveseat.adapter.web.faces.admin;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eveseat.adapter.web.faces.ConsoleCaller;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.wallet.port.in.WalletBalanceQuery;

/** admin/users.xhtml: every account, its characters, their tokens and wallet balances. */
@Named
@RequestScoped
public class UsersBacking {
    @Inject
    AccountDirectory directory;

    @Inject
    WalletBalanceQuery balances;

    @Inject
    ConsoleCaller caller;

    public List<AccountRow> getAccounts() {
        return directory.accounts();
    }

    public long getCharacterCount() {
        return directory.accounts().stream().mapToLong(a -> a.characters().size()).sum();
    }

    public long getInvalidTokenCount() {
        return directory.accounts().stream().mapToLong(AccountRow::invalidTokens).sum();
    }

    /** The stored balance, or null before the first wallet sync of that character. */
    public Isk balance(long characterId) {
        try {
            return balances.balanceOf(caller.viewer(), new CharacterId(characterId)).balance();
        } catch (NotFoundException notSyncedYet) {
            return null;
        }
    }
}
