package org.eveseat.adapter.esi.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiPage;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.wallet.model.ContextIdType;
import org.eveseat.domain.wallet.model.JournalContext;
import org.eveseat.domain.wallet.model.JournalRefType;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.model.WalletScopes;
import org.eveseat.domain.wallet.model.WalletTransaction;
import org.eveseat.fake.ledger.JournalEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A character's journal (X-Pages) and transactions ({@code from_id}) read through the real REST client. */
class EsiWalletJournalAdapterTest {
    static final long PILOT = 2112625428L;
    static final Instant DATE = Instant.parse("2026-08-01T10:00:00Z");

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiWalletJournalAdapter adapter = new EsiWalletJournalAdapter(harness.settings(), harness.gateway());
    private final CharacterId pilot = new CharacterId(PILOT);

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void journalEntriesKeepTheirPartiesContextAndRefTypesAddedLater() {
        harness.esi().ledger().character(PILOT).journal().set(
                new JournalEntry(20000000002L, DATE, "market_transaction", "Market: Rifter sold", 1_250_000.5,
                        91_250_000.75, 90000001L, PILOT, 5000000002L, "market_transaction_id", "", null, null),
                new JournalEntry(20000000001L, DATE.minusSeconds(60), "skyhook_claim_fee", "Claim fee", -10_000.0,
                        90_000_000.25, PILOT, 1000125L, null, null, null, 500.0, 1000125L));

        List<WalletJournalEntry> journal = fresh(adapter.journal(pilot, token()));

        assertThat(journal).containsExactly(
                new WalletJournalEntry(20000000002L, DATE, JournalRefType.MARKET_TRANSACTION, "Market: Rifter sold",
                        Isk.of("1250000.50"), Isk.of("91250000.75"), 90000001L, PILOT, "", null, null,
                        new JournalContext(5000000002L, ContextIdType.MARKET_TRANSACTION_ID)),
                new WalletJournalEntry(20000000001L, DATE.minusSeconds(60), new JournalRefType("skyhook_claim_fee"),
                        "Claim fee", Isk.of("-10000"), Isk.of("90000000.25"), PILOT, 1000125L, null, Isk.of("500"),
                        1000125L, null));
    }

    @Test
    void aJournalOfSeveralThousandEntriesOverSeveralPagesHasEveryEntryExactlyOnce() {
        List<JournalEntry> ledger = JournalEntry.generate(PILOT, 4_321, harness.esi().ledger().anchor());
        harness.esi().ledger().character(PILOT).journal().set(ledger);

        List<WalletJournalEntry> journal = fresh(adapter.journal(pilot, token()));

        assertThat(journal).extracting(WalletJournalEntry::id)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(ledger.stream().map(JournalEntry::id).toList());
        assertThat(journal.get(4_320).balance()).isEqualTo(new Isk(java.math.BigDecimal.valueOf(
                ledger.get(4_320).balance())));
        // five pages of at most 1000, then page 1 again to check nothing moved during the walk
        assertThat(harness.esi().requestCount("/characters/" + PILOT + "/wallet/journal")).isEqualTo(6);
    }

    @Test
    void anEntryArrivingDuringThePageWalkNeitherRepeatsNorDropsOne() {
        harness.esi().ledger().character(PILOT).journal()
                .set(JournalEntry.generate(PILOT, 2_500, harness.esi().ledger().anchor()));
        harness.esi().changeDuringPagination();

        List<WalletJournalEntry> journal = fresh(adapter.journal(pilot, token()));

        List<Long> now = harness.esi().ledger().character(PILOT).journal().all().stream().map(JournalEntry::id)
                .toList();
        assertThat(now).hasSize(2_501);
        assertThat(journal).extracting(WalletJournalEntry::id).doesNotHaveDuplicates().containsExactlyElementsOf(now);
    }

    @Test
    void aPageByPageReadSeesEveryEntryOnceAndPageOneIsCached() {
        harness.esi().cacheSeconds(Duration.ofMinutes(5)); // long enough that no read here outlives it by itself
        List<JournalEntry> ledger = JournalEntry.generate(PILOT, 2_345, harness.esi().ledger().anchor());
        harness.esi().ledger().character(PILOT).journal().set(ledger);

        List<Long> walked = new ArrayList<>();
        EsiPage<WalletJournalEntry> page = fresh(adapter.journalPage(pilot, 1, token()));
        page.items().forEach(e -> walked.add(e.id()));
        while (!page.isLast()) {
            page = fresh(adapter.journalPage(pilot, page.number() + 1, token()));
            page.items().forEach(e -> walked.add(e.id()));
        }

        assertThat(page.number()).isEqualTo(3);
        assertThat(page.count()).isEqualTo(3);
        assertThat(walked).containsExactlyElementsOf(ledger.stream().map(JournalEntry::id).toList());
        assertThat(adapter.journalPage(pilot, 1, token())).isInstanceOf(EsiResult.NotDue.class);
        harness.clock().advance(Duration.ofMinutes(6));
        assertThat(adapter.journalPage(pilot, 1, token())).isInstanceOf(EsiResult.Unchanged.class);
        assertThat(harness.esi().requestCount("/characters/" + PILOT + "/wallet/journal")).isEqualTo(4);
    }

    @Test
    void transactionsAreWalkedBackwardsFromIdUntilABatchHoldsOnlyTheCursor() {
        harness.esi().pageSize(10);
        List<Long> ledger = harness.esi().ledger().character(PILOT).transactions().all().stream()
                .map(org.eveseat.fake.ledger.WalletTransaction::transactionId).toList();

        List<Long> walked = new ArrayList<>();
        List<WalletTransaction> batch = fresh(adapter.transactions(pilot, OptionalLong.empty(), token()));
        batch.forEach(t -> walked.add(t.transactionId()));
        while (batch.size() > 1) {
            long cursor = batch.get(batch.size() - 1).transactionId();
            batch = fresh(adapter.transactions(pilot, OptionalLong.of(cursor), token()));
            assertThat(batch.get(0).transactionId()).isEqualTo(cursor);
            batch.stream().skip(1).forEach(t -> walked.add(t.transactionId()));
        }

        assertThat(ledger).hasSize(30);
        assertThat(walked).containsExactlyElementsOf(ledger);
    }

    @Test
    void aTransactionWithoutJournalEntryHasNoJournalReference() {
        harness.esi().ledger().character(PILOT).transactions().set(
                new org.eveseat.fake.ledger.WalletTransaction(6000000002L, DATE, 587, 2, 350_000.99, 90000001L,
                        60003760L, true, false, -1),
                new org.eveseat.fake.ledger.WalletTransaction(6000000001L, DATE.minusSeconds(60), 34, 5000, 4.5,
                        90000002L, 60003760L, false, true, 20000000001L));

        List<WalletTransaction> transactions = fresh(adapter.transactions(pilot, OptionalLong.empty(), token()));

        assertThat(transactions).containsExactly(
                new WalletTransaction(6000000002L, DATE, new TypeId(587), 2, Isk.of("350000.99"), true, false,
                        90000001L, 60003760L, null),
                new WalletTransaction(6000000001L, DATE.minusSeconds(60), new TypeId(34), 5000, Isk.of("4.50"), false,
                        true, 90000002L, 60003760L, 20000000001L));
    }

    @Test
    void eachCursorPositionIsCachedOnItsOwnAndAnUnchangedOneAnswers304() {
        harness.esi().cacheSeconds(Duration.ofMinutes(5)); // long enough that no read here outlives it by itself
        OptionalLong cursor = OptionalLong.of(harness.esi().ledger().character(PILOT).transactions().all().get(5)
                .transactionId());
        fresh(adapter.transactions(pilot, OptionalLong.empty(), token()));
        fresh(adapter.transactions(pilot, cursor, token()));

        assertThat(adapter.transactions(pilot, cursor, token())).isInstanceOf(EsiResult.NotDue.class);
        harness.clock().advance(Duration.ofMinutes(6));
        assertThat(adapter.transactions(pilot, cursor, token())).isInstanceOf(EsiResult.Unchanged.class);
    }

    @Test
    void aNewEntryIsReadOnceTheCacheHasExpired() {
        harness.esi().cacheSeconds(Duration.ofMinutes(5));
        int before = fresh(adapter.journal(pilot, token())).size();
        JournalEntry arrived = harness.esi().ledger().character(PILOT).journal().prependNewer().orElseThrow();
        harness.clock().advance(Duration.ofMinutes(6));

        List<WalletJournalEntry> after = fresh(adapter.journal(pilot, token()));

        assertThat(after).hasSize(before + 1);
        assertThat(after.get(0).id()).isEqualTo(arrived.id());
        assertThat(after.get(0).reason()).isEqualTo("late arrival");
    }

    @Test
    void aTokenWithoutTheWalletScopeIsRefused() {
        assertThatThrownBy(() -> adapter.journal(pilot, harness.token(PILOT, Set.of("esi-mail.read_mail.v1"))))
                .isInstanceOf(NotPermittedException.class);
    }

    private AccessToken token() {
        return harness.token(PILOT, Set.of(WalletScopes.READ_CHARACTER_WALLET));
    }

    static <T> T fresh(EsiResult<T> result) {
        assertThat(result).isInstanceOf(EsiResult.Fresh.class);
        return ((EsiResult.Fresh<T>) result).value();
    }
}
