package org.eveseat.domain.wallet.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.LongStream;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiPage;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.KeysetPage;
import org.eveseat.domain.wallet.model.TransactionSearch;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.model.WalletTransaction;
import org.eveseat.domain.wallet.port.out.WalletJournalEsi;
import org.eveseat.domain.wallet.port.out.WalletTransactionRepository;
import org.junit.jupiter.api.Test;

class SyncWalletTransactionsServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final CharacterId PILOT = new CharacterId(2112625428L);
    private static final JournalOwner CHARACTER = JournalOwner.character(PILOT.value());

    /** ESI's side: transaction ids 1..25, batches of 10 from from_id backwards. */
    private final List<Long> onEsi = new ArrayList<>(LongStream.rangeClosed(1, 25).boxed().toList());
    private final List<OptionalLong> calls = new ArrayList<>();
    private final TreeMap<Long, WalletTransaction> stored = new TreeMap<>();
    private boolean unchanged;

    private final WalletJournalEsi esi = new WalletJournalEsi() {
        @Override
        public EsiResult<List<WalletJournalEntry>> journal(CharacterId characterId, AccessToken token) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EsiResult<EsiPage<WalletJournalEntry>> journalPage(CharacterId c, int page, AccessToken token) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EsiResult<List<WalletTransaction>> transactions(CharacterId c, OptionalLong fromId,
                                                               AccessToken token) {
            calls.add(fromId);
            if (unchanged) {
                return new EsiResult.Unchanged<>(NOW.plusSeconds(3600));
            }
            long from = fromId.orElse(Long.MAX_VALUE);
            return new EsiResult.Fresh<>(onEsi.stream().filter(id -> id <= from).sorted((a, b) -> Long.compare(b, a))
                    .limit(10).map(SyncWalletTransactionsServiceTest::transaction).toList(), NOW.plusSeconds(3600));
        }
    };
    private final WalletTransactionRepository repository = new WalletTransactionRepository() {
        @Override
        public int insertNew(JournalOwner owner, List<WalletTransaction> transactions) {
            int before = stored.size();
            transactions.forEach(t -> stored.putIfAbsent(t.transactionId(), t));
            return stored.size() - before;
        }

        @Override
        public OptionalLong newestId(JournalOwner owner) {
            return stored.isEmpty() ? OptionalLong.empty() : OptionalLong.of(stored.lastKey());
        }

        @Override
        public KeysetPage<WalletTransaction> page(JournalOwner owner, TransactionSearch search) {
            throw new UnsupportedOperationException();
        }
    };
    private final SyncWalletTransactionsService sync = new SyncWalletTransactionsService(
            character -> new AccessToken("token", NOW.plusSeconds(1000)), esi, WalletFakes.corporationBalances(() -> null), repository,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theFirstSyncWalksBackUntilEsiHasNothingOlder() {
        SyncOutcome outcome = sync.sync(CHARACTER, PILOT);

        assertThat(outcome.status()).isEqualTo(Status.UPDATED);
        assertThat(outcome.nextDue()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(stored.keySet()).containsExactlyElementsOf(LongStream.rangeClosed(1, 25).boxed().toList());
        assertThat(calls).containsExactly(OptionalLong.empty(), OptionalLong.of(16), OptionalLong.of(7),
                OptionalLong.of(1));
    }

    @Test
    void laterSyncsStopAtTheNewestStoredTransaction() {
        sync.sync(CHARACTER, PILOT);
        onEsi.addAll(LongStream.rangeClosed(26, 40).boxed().toList());
        calls.clear();

        assertThat(sync.sync(CHARACTER, PILOT).status()).isEqualTo(Status.UPDATED);
        assertThat(stored).hasSize(40);
        assertThat(calls).containsExactly(OptionalLong.empty(), OptionalLong.of(31));
    }

    @Test
    void aCachedNewestBatchWritesNothing() {
        unchanged = true;

        assertThat(sync.sync(CHARACTER, PILOT).status()).isEqualTo(Status.UNCHANGED);
        assertThat(stored).isEmpty();
        assertThat(calls).hasSize(1);
    }

    private static WalletTransaction transaction(long id) {
        return new WalletTransaction(id, NOW.minusSeconds(1000 - id), new TypeId(34), 100, Isk.of("5.5"), id % 2 == 0,
                true, 90000001L, 60003760L, null);
    }
}
