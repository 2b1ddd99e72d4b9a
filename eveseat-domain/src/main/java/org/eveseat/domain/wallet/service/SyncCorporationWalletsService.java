package org.eveseat.domain.wallet.service;

import java.time.Clock;
import java.util.List;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.corporation.model.CorporationDivisions;
import org.eveseat.domain.corporation.port.out.CorporationEsi;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.wallet.model.DivisionBalance;
import org.eveseat.domain.wallet.port.in.SyncCorporationWalletsUseCase;
import org.eveseat.domain.wallet.port.out.CorporationWalletEsi;
import org.eveseat.domain.wallet.port.out.CorporationWalletRepository;

/**
 * Balances come with the Accountant role, division names only with Director: a member who may read the balances
 * but not the names still syncs the balances, and the names stay as last stored.
 */
public class SyncCorporationWalletsService implements SyncCorporationWalletsUseCase {
    private final AccessTokenQuery tokens;
    private final CorporationWalletEsi wallets;
    private final CorporationEsi corporations;
    private final CorporationWalletRepository store;
    private final Clock clock;

    public SyncCorporationWalletsService(AccessTokenQuery tokens, CorporationWalletEsi wallets,
                                         CorporationEsi corporations, CorporationWalletRepository store,
                                         Clock clock) {
        this.tokens = tokens;
        this.wallets = wallets;
        this.corporations = corporations;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public SyncOutcome sync(CorporationId corporationId, CharacterId via) {
        return SyncGuard.run(clock, () -> {
            AccessToken token = tokens.accessTokenFor(via);
            EsiResult<List<DivisionBalance>> balances = wallets.balances(corporationId, token);
            syncNames(corporationId, token);
            if (balances instanceof EsiResult.Fresh<List<DivisionBalance>> fresh) {
                store.saveBalances(corporationId, fresh.value(), clock.instant());
                return SyncOutcome.of(Status.UPDATED, fresh.expires());
            }
            return SyncGuard.notFresh(balances);
        });
    }

    private void syncNames(CorporationId corporationId, AccessToken token) {
        try {
            if (corporations.divisions(corporationId, token) instanceof EsiResult.Fresh<CorporationDivisions> names) {
                store.saveNames(corporationId, names.value().wallet());
            }
        } catch (NotPermittedException e) {
            // not a Director: the names stay as last stored
        }
    }
}
