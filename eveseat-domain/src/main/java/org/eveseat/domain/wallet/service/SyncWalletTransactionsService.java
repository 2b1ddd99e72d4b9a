package org.eveseat.domain.wallet.service;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.WalletDivision;
import org.eveseat.domain.wallet.model.WalletTransaction;
import org.eveseat.domain.wallet.port.in.SyncWalletTransactionsUseCase;
import org.eveseat.domain.wallet.port.out.CorporationWalletEsi;
import org.eveseat.domain.wallet.port.out.WalletJournalEsi;
import org.eveseat.domain.wallet.port.out.WalletTransactionRepository;

/**
 * Walks ESI's transactions newest first with {@code from_id}, one batch after another, until it reaches a stored
 * transaction or ESI has no older ones. Only the newest batch is cached by ESI, so a 304 there ends the sync.
 */
public class SyncWalletTransactionsService implements SyncWalletTransactionsUseCase {
    /** A bound on one sync's calls; whatever is left is read by the next sync, as the walk starts newest first. */
    static final int MAX_BATCHES = 50;

    private final AccessTokenQuery tokens;
    private final WalletJournalEsi characters;
    private final CorporationWalletEsi corporations;
    private final WalletTransactionRepository transactions;
    private final Clock clock;

    public SyncWalletTransactionsService(AccessTokenQuery tokens, WalletJournalEsi characters,
                                         CorporationWalletEsi corporations, WalletTransactionRepository transactions,
                                         Clock clock) {
        this.tokens = tokens;
        this.characters = characters;
        this.corporations = corporations;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public SyncOutcome sync(JournalOwner owner, CharacterId via) {
        return SyncGuard.run(clock, () -> walk(owner, tokens.accessTokenFor(via)));
    }

    private SyncOutcome walk(JournalOwner owner, AccessToken token) {
        long stored = transactions.newestId(owner).orElse(0);
        EsiResult<List<WalletTransaction>> newest = batch(owner, OptionalLong.empty(), token);
        if (!(newest instanceof EsiResult.Fresh<List<WalletTransaction>> fresh)) {
            return SyncGuard.notFresh(newest);
        }
        List<WalletTransaction> batch = fresh.value();
        int added = 0;
        for (int calls = 1; ; calls++) {
            added += transactions.insertNew(owner, batch);
            long oldest = batch.stream().mapToLong(WalletTransaction::transactionId).min().orElse(0);
            if (batch.size() <= 1 || oldest <= stored || calls == MAX_BATCHES) {
                break;
            }
            EsiResult<List<WalletTransaction>> older = batch(owner, OptionalLong.of(oldest), token);
            if (!(older instanceof EsiResult.Fresh<List<WalletTransaction>> next)) {
                break;
            }
            batch = next.value();
        }
        return SyncOutcome.of(added > 0 ? Status.UPDATED : Status.UNCHANGED, fresh.expires());
    }

    private EsiResult<List<WalletTransaction>> batch(JournalOwner owner, OptionalLong fromId, AccessToken token) {
        if (owner.kind() == JournalOwner.Kind.CHARACTER) {
            return characters.transactions(new CharacterId(owner.id()), fromId, token);
        }
        return corporations.transactions(new CorporationId(owner.id()), new WalletDivision(owner.division()),
                fromId, token);
    }
}
