package org.eveseat.domain.wallet.service;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.event.model.LiveTopics;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.shared.CharacterId;
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
    static final Duration RETRY_AFTER_FAILURE = SyncGuard.RETRY_AFTER_FAILURE;

    private final AccessTokenQuery accessTokens;
    private final WalletEsi esi;
    private final WalletBalanceRepository balances;
    private final EventPublisher events;
    private final Clock clock;

    public SyncWalletBalanceService(AccessTokenQuery accessTokens, WalletEsi esi, WalletBalanceRepository balances,
                                    EventPublisher events, Clock clock) {
        this.accessTokens = accessTokens;
        this.esi = esi;
        this.balances = balances;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public SyncOutcome sync(CharacterId characterId) {
        return SyncGuard.run(clock, () -> {
            EsiResult<Isk> result = esi.balance(characterId, accessTokens.accessTokenFor(characterId));
            if (result instanceof EsiResult.Fresh<Isk> fresh) {
                balances.save(new WalletBalance(characterId, fresh.value(), clock.instant()));
                events.publish(new LiveEvent("wallet.balance", LiveTopics.character(characterId, "wallet"),
                        clock.instant(), Map.of("characterId", characterId.value(),
                                "balance", fresh.value().amount().toPlainString())));
                return SyncOutcome.of(Status.UPDATED, fresh.expires());
            }
            return SyncGuard.notFresh(result);
        });
    }
}
