package org.eveseat.domain.wallet.port.in;

import java.util.List;

import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.wallet.model.CorporationWallet;

/** The seven wallet divisions of a corporation with names and balances; NotFound if the viewer may not see them. */
public interface CorporationWalletsQuery {
    List<CorporationWallet> wallets(Viewer viewer, CorporationId corporationId);
}
