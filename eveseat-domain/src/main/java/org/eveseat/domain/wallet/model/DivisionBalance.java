package org.eveseat.domain.wallet.model;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;

/** The balance of one corporation wallet division. */
public record DivisionBalance(WalletDivision division, Isk balance) {
    public DivisionBalance {
        Require.present(division, "wallet division");
        Require.present(balance, "balance");
    }
}
