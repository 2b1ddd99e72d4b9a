package org.eveseat.domain.wallet.model;

/** The EVE SSO scopes the wallet feature reads with. */
public final class WalletScopes {
    public static final String READ_CHARACTER_WALLET = "esi-wallet.read_character_wallet.v1";

    private WalletScopes() {
    }
}
