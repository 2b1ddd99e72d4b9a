package org.eveseat.domain.wallet.service;

import java.time.Clock;
import java.time.Duration;

import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.wallet.model.WalletBalance;
import org.eveseat.domain.wallet.port.in.SyncWalletBalanceUseCase;
import org.eveseat.domain.wallet.port.out.WalletBalanceRepository;
import org.eveseat.domain.wallet.port.out.WalletEsi;

/**
 * Reads the balance from ESI and stores it only when ESI sent new data. A failed call leaves the stored balance
 * untouched and reports when to try again.
 */
public class SyncWalletBalanceService implements SyncWalletBalanceUseCase {
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(5);

    private final AccessTokenQuery accessTokens;
    private final WalletEsi esi;
    private final WalletBalanceRepository balances;
    private final Clock clock;

    public SyncWalletBalanceService(AccessTokenQuery accessTokens, WalletEsi esi, WalletBalanceRepository balances,
                                    Clock clock) {
        this.accessTokens = accessTokens;
        this.esi = esi;
        this.balances = balances;
        this.clock = clock;
    }

    @Override
    public SyncOutcome sync(CharacterId characterId) {
        try {
            EsiResult<Isk> result = esi.balance(characterId, accessTokens.accessTokenFor(characterId));
            if (result instanceof EsiResult.Fresh<Isk> fresh) {
                balances.save(new WalletBalance(characterId, fresh.value(), clock.instant()));
                return SyncOutcome.of(Status.UPDATED, fresh.expires());
            }
            Status status = result instanceof EsiResult.NotDue ? Status.NOT_DUE : Status.UNCHANGED;
            return SyncOutcome.of(status, result.expires());
        } catch (TokenInvalidException e) {
            return new SyncOutcome(Status.TOKEN_INVALID, null, e.getMessage());
        } catch (DomainException e) {
            return new SyncOutcome(Status.FAILED, clock.instant().plus(RETRY_AFTER_FAILURE), e.getMessage());
        }
    }
}
