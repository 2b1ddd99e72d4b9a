package org.eveseat.domain.wallet.service;

import java.util.List;

import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.wallet.model.CorporationWallet;
import org.eveseat.domain.wallet.port.in.CorporationWalletsQuery;
import org.eveseat.domain.wallet.port.out.CorporationWalletRepository;

/** Serves the stored division balances and names to a corporation's Directors and Accountants. */
public class CorporationWalletsService implements CorporationWalletsQuery {
    private final WalletAccess access;
    private final CorporationWalletRepository wallets;

    public CorporationWalletsService(WalletAccess access, CorporationWalletRepository wallets) {
        this.access = access;
        this.wallets = wallets;
    }

    @Override
    public List<CorporationWallet> wallets(Viewer viewer, CorporationId corporationId) {
        access.requireCorporation(viewer, corporationId);
        return wallets.wallets(corporationId);
    }
}
