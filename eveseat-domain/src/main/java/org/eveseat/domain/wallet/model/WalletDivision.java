package org.eveseat.domain.wallet.model;

import org.eveseat.domain.shared.Require;

/** One of the seven wallet divisions of a corporation; 1 is the master wallet. */
public record WalletDivision(int number) {
    public WalletDivision {
        Require.between(number, 1, 7, "wallet division");
    }

    @Override
    public String toString() {
        return Integer.toString(number);
    }
}
