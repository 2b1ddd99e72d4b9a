package org.eveseat.domain.wallet.model;

import java.time.Instant;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.Require;

/** One corporation wallet division: its name (null if unnamed or not readable) and last synced balance. */
public record CorporationWallet(WalletDivision division, String name, Isk balance, Instant syncedAt) {
    public CorporationWallet {
        Require.present(division, "wallet division");
    }
}
