package org.eveseat.adapter.web.wiring;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.wallet.port.in.SyncWalletBalanceUseCase;
import org.eveseat.domain.wallet.port.in.WalletBalanceQuery;
import org.eveseat.domain.wallet.port.out.WalletBalanceRepository;
import org.eveseat.domain.wallet.port.out.WalletEsi;
import org.eveseat.domain.wallet.service.SyncWalletBalanceService;
import org.eveseat.domain.wallet.service.WalletBalanceService;

/** Builds the wallet feature's use cases from its adapters. */
@ApplicationScoped
public class WalletServices {
    @Produces
    @Singleton
    SyncWalletBalanceUseCase syncWalletBalance(AccessTokenQuery tokens, WalletEsi esi, WalletBalanceRepository balances) {
        return new SyncWalletBalanceService(tokens, esi, balances, Clock.systemUTC());
    }

    @Produces
    @Singleton
    WalletBalanceQuery walletBalance(CharacterVisibilityQuery visibility, WalletBalanceRepository balances) {
        return new WalletBalanceService(visibility, balances);
    }
}
