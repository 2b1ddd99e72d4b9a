package org.eveseat.domain.wallet.port.out;

import java.time.Instant;
import java.util.List;

import org.eveseat.domain.corporation.model.CorporationDivisions;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.wallet.model.CorporationWallet;
import org.eveseat.domain.wallet.model.DivisionBalance;

/** The balances and names of corporations' wallet divisions, each written when its sync gets them. */
public interface CorporationWalletRepository {
    void saveBalances(CorporationId corporationId, List<DivisionBalance> balances, Instant syncedAt);

    void saveNames(CorporationId corporationId, List<CorporationDivisions.Division> names);

    /** All seven divisions in order, with what is stored of each. */
    List<CorporationWallet> wallets(CorporationId corporationId);
}
