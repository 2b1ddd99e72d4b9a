package org.eveseat.adapter.esi.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.eveseat.adapter.esi.common.EsiPausedException;
import org.eveseat.adapter.esi.testing.FakeEsiHarness;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.wallet.model.WalletScopes;
import org.eveseat.fake.ledger.JournalEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The journal walk and the wallet balance share ESI's {@code char-wallet} group (150 tokens per 15 minutes): the
 * walk stops at the group's reserve, and the balance still reads from it.
 */
class EsiRateGroupReserveTest {
    private static final long PILOT = 2112625428L;

    private final FakeEsiHarness harness = new FakeEsiHarness();
    private final EsiWalletJournalAdapter journal = new EsiWalletJournalAdapter(harness.settings(), harness.gateway());
    private final EsiWalletAdapter wallet = new EsiWalletAdapter(harness.settings(), harness.gateway());
    private final CharacterId pilot = new CharacterId(PILOT);

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aLongJournalWalkLeavesTheGroupsReserveToTheWalletBalance() {
        harness.esi().pageSize(10);
        harness.esi().ledger().character(PILOT).journal()
                .set(JournalEntry.generate(PILOT, 1_000, harness.esi().ledger().anchor()));
        harness.esi().ledger().setWalletBalance(PILOT, new BigDecimal("4321.50"));
        Instant walkStarted = Instant.now();

        int page = 1;
        EsiPausedException paused = null;
        while (paused == null && page <= 100) {
            try {
                journal.journalPage(pilot, page, token());
                page++;
            } catch (EsiPausedException e) {
                paused = e;
            }
        }

        // 150 tokens, 30 of them (20 %) reserved, 5 kept for a worst case: 58 pages of 2 tokens, then the pause
        assertThat(paused).as("the walk pauses before its 100 pages are read").isNotNull();
        assertThat(page - 1).isEqualTo(58);
        assertThat(paused.getMessage()).contains("char-wallet", "30 tokens kept for single calls");
        assertThat(paused.until()).isBetween(walkStarted.plus(Duration.ofMinutes(15)),
                Instant.now().plus(Duration.ofMinutes(15)));
        assertThat(wallet.balance(pilot, token())).as("the balance reads during the walk's pause")
                .isInstanceOfSatisfying(EsiResult.Fresh.class,
                        fresh -> assertThat(fresh.value()).isEqualTo(Isk.of("4321.50")));
        assertThatThrownBy(() -> journal.journalPage(pilot, 59, token())).as("the walk stays paused")
                .isInstanceOf(EsiPausedException.class);
    }

    private AccessToken token() {
        return harness.token(PILOT, Set.of(WalletScopes.READ_CHARACTER_WALLET));
    }
}
