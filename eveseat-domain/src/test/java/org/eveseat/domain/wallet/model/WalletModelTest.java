package org.eveseat.domain.wallet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.TypeId;
import org.junit.jupiter.api.Test;

class WalletModelTest {
    private static final Instant DATE = Instant.parse("2026-08-01T10:00:00Z");

    @Test
    void corporationsHaveSevenWalletDivisions() {
        assertThat(new WalletDivision(1)).hasToString("1");
        assertThat(new WalletDivision(7).number()).isEqualTo(7);
        assertThatThrownBy(() -> new WalletDivision(0)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new WalletDivision(8)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void refTypesAddedLaterKeepTheirName() {
        assertThat(JournalRefType.fromEsi("bounty_prizes")).isEqualTo(JournalRefType.BOUNTY_PRIZES);
        assertThat(JournalRefType.fromEsi("skyhook_raid_payout").esiValue()).isEqualTo("skyhook_raid_payout");
        assertThat(JournalRefType.fromEsi(null)).isNull();
        assertThatThrownBy(() -> JournalRefType.fromEsi("")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void journalEntriesNeedIdDateKindAndDescription() {
        WalletJournalEntry entry = new WalletJournalEntry(1, DATE, JournalRefType.PLAYER_DONATION, "Gift",
                Isk.of("-5"), Isk.of("100"), 2112625428L, 98000001L, "thanks", null, null,
                new JournalContext(42, ContextIdType.fromEsi("character_id")));
        assertThat(entry.context().type()).isEqualTo(ContextIdType.CHARACTER_ID);
        assertThatThrownBy(() -> new WalletJournalEntry(1, DATE, null, "Gift", null, null, null, null, null, null,
                null, null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new WalletJournalEntry(1, DATE, JournalRefType.BOUNTY_PRIZES, null, null, null,
                null, null, null, null, null, null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new JournalContext(42, null)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void transactionsWithoutJournalEntryHaveNoRefId() {
        assertThat(transaction(null).journalRefId()).isNull();
        assertThat(transaction(77L).journalRefId()).isEqualTo(77L);
        assertThatThrownBy(() -> transaction(-1L)).as("ESI's -1 means none: null")
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void divisionBalancesNeedBoth() {
        assertThatThrownBy(() -> new DivisionBalance(null, Isk.of("1"))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new DivisionBalance(new WalletDivision(1), null))
                .isInstanceOf(RuleViolationException.class);
    }

    private static WalletTransaction transaction(Long journalRefId) {
        return new WalletTransaction(5, DATE, new TypeId(34), 100, Isk.of("4.5"), true, null, 2112625428L,
                60003760L, journalRefId);
    }
}
