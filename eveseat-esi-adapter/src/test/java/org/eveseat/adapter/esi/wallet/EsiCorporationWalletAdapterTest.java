package org.eveseat.adapter.esi.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eveseat.adapter.esi.wallet.EsiWalletJournalAdapterTest.DATE;
import static org.eveseat.adapter.esi.wallet.EsiWalletJournalAdapterTest.PILOT;
import static org.eveseat.adapter.esi.wallet.EsiWalletJournalAdapterTest.fresh;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.TypeId;
import org.eveseat.domain.wallet.model.DivisionBalance;
import org.eveseat.domain.wallet.model.JournalRefType;
import org.eveseat.domain.wallet.model.WalletDivision;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.model.WalletTransaction;
import org.eveseat.fake.ledger.JournalEntry;
import org.eveseat.fake.routes.Scopes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A corporation's division balances, journals and transactions, read with an accountant's token. */
class EsiCorporationWalletAdapterTest {
    private static final long CORPORATION = 98000001L;

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiCorporationWalletAdapter adapter =
            new EsiCorporationWalletAdapter(harness.settings(), harness.gateway());
    private final CorporationId corporation = new CorporationId(CORPORATION);

    @BeforeEach
    void accountant() {
        harness.esi().ledger().character(PILOT).corporationId(CORPORATION).roles("Junior_Accountant");
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void everyDivisionReportsItsBalance() {
        harness.esi().ledger().corporation(CORPORATION).wallet(1).balance(new BigDecimal("12345678901.23"));
        harness.esi().ledger().corporation(CORPORATION).wallet(7).balance(new BigDecimal("-0.5"));

        List<DivisionBalance> balances = fresh(adapter.balances(corporation, token()));

        assertThat(balances).hasSize(7).startsWith(
                new DivisionBalance(new WalletDivision(1), Isk.of("12345678901.23")));
        assertThat(balances).endsWith(new DivisionBalance(new WalletDivision(7), Isk.of("-0.50")));
    }

    @Test
    void aDivisionJournalIsReadOverEveryPage() {
        harness.esi().pageSize(2);
        harness.esi().ledger().corporation(CORPORATION).wallet(3).journal().set(
                new JournalEntry(30000000003L, DATE, "corporation_account_withdrawal", "Withdrawal", -5_000_000.0,
                        1_000_000.0, CORPORATION, PILOT, null, null, "fuel", null, null),
                new JournalEntry(30000000002L, DATE.minusSeconds(60), "player_donation", "Donation", 2_000_000.0,
                        6_000_000.0, 90000001L, CORPORATION, null, null, "for the cause", null, null),
                new JournalEntry(30000000001L, DATE.minusSeconds(120), "bounty_prizes", "Bounty", 4_000_000.0,
                        4_000_000.0, 1000125L, CORPORATION, 30000142L, "system_id", null, null, null));

        List<WalletJournalEntry> journal = fresh(adapter.journal(corporation, new WalletDivision(3), token()));

        assertThat(journal).extracting(WalletJournalEntry::id)
                .containsExactly(30000000003L, 30000000002L, 30000000001L);
        assertThat(journal.get(0).refType()).isEqualTo(JournalRefType.CORPORATION_ACCOUNT_WITHDRAWAL);
        assertThat(journal.get(0).amount()).isEqualTo(Isk.of("-5000000"));
        assertThat(journal.get(1).reason()).isEqualTo("for the cause");
        assertThat(harness.esi().requestCount("/corporations/" + CORPORATION + "/wallets/3/journal")).isEqualTo(3);
    }

    @Test
    void corporationTransactionsHaveNoPersonalFlagAndFollowTheCursor() {
        harness.esi().ledger().corporation(CORPORATION).wallet(1).transactions().set(
                new org.eveseat.fake.ledger.WalletTransaction(7000000002L, DATE, 603, 1, 25_000_000.0, 90000003L,
                        60003760L, false, null, 30000000010L),
                new org.eveseat.fake.ledger.WalletTransaction(7000000001L, DATE.minusSeconds(60), 35, 100, 9.99,
                        90000001L, 60003760L, true, null, 30000000009L));

        List<WalletTransaction> older = fresh(adapter.transactions(corporation, new WalletDivision(1),
                OptionalLong.of(7000000001L), token()));

        assertThat(older).containsExactly(new WalletTransaction(7000000001L, DATE.minusSeconds(60), new TypeId(35),
                100, Isk.of("9.99"), true, null, 90000001L, 60003760L, 30000000009L));
        assertThat(adapter.transactions(corporation, new WalletDivision(1), OptionalLong.of(7000000001L), token()))
                .isInstanceOf(EsiResult.NotDue.class);
        assertThat(fresh(adapter.transactions(corporation, new WalletDivision(1), OptionalLong.empty(), token())))
                .extracting(WalletTransaction::transactionId).containsExactly(7000000002L, 7000000001L);
    }

    @Test
    void aMemberWithoutAnAccountantRoleIsRefused() {
        harness.esi().ledger().character(PILOT).roles("Trader");

        assertThatThrownBy(() -> adapter.balances(corporation, token())).isInstanceOf(NotPermittedException.class);
    }

    private AccessToken token() {
        return harness.token(PILOT, Set.of(Scopes.READ_CORPORATION_WALLETS));
    }
}
