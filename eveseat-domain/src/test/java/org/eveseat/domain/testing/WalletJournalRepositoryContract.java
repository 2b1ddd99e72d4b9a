package org.eveseat.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.wallet.model.ContextIdType;
import org.eveseat.domain.wallet.model.JournalContext;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalRefType;
import org.eveseat.domain.wallet.model.WalletDivision;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.port.out.WalletJournalRepository;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WalletJournalRepository} keeps, in memory or in PostgreSQL: an idempotent insert keyed by owner
 * and journal id, owners apart (a character and a corporation division may share journal ids), newest first.
 * A test class implements it with an empty repository per test.
 */
public interface WalletJournalRepositoryContract {
    long PILOT = 2112625428L;
    JournalOwner CHARACTER = JournalOwner.character(PILOT);
    JournalOwner DIVISION = JournalOwner.corporation(98000001L, new WalletDivision(3));
    Instant NEWEST = Instant.parse("2026-12-01T12:00:00Z");

    /** An empty journal. */
    WalletJournalRepository journal();

    @Test
    default void storesOnlyTheEntriesNotYetKnownAndSaysHowMany() {
        assertThat(journal().insertNew(CHARACTER, entries(1, 5))).isEqualTo(5);

        assertThat(journal().insertNew(CHARACTER, entries(4, 8))).isEqualTo(3);
        assertThat(journal().insertNew(CHARACTER, entries(1, 8))).isZero();
        assertThat(journal().insertNew(CHARACTER, List.of())).isZero();
        assertThat(journal().count(CHARACTER)).isEqualTo(8);
    }

    @Test
    default void knowsTheNewestIdOfEachOwnerApart() {
        assertThat(journal().newestId(CHARACTER)).isEmpty();
        journal().insertNew(CHARACTER, entries(1, 3));
        journal().insertNew(DIVISION, entries(2, 9));

        assertThat(journal().newestId(CHARACTER)).hasValue(3);
        assertThat(journal().newestId(DIVISION)).hasValue(9);
        assertThat(journal().count(CHARACTER)).isEqualTo(3);
        assertThat(journal().count(DIVISION)).isEqualTo(8);
        assertThat(journal().count(JournalOwner.character(PILOT + 1))).isZero();
    }

    @Test
    default void givesTheNewestEntriesFirstAsTheyWereStored() {
        WalletJournalEntry full = new WalletJournalEntry(20, NEWEST, JournalRefType.MARKET_TRANSACTION,
                "Market: Rifter sold", Isk.of("1250000.50"), Isk.of("91250000.75"), 90000001L, PILOT, "for the fleet",
                Isk.of("12.34"), 1000125L, new JournalContext(5000000002L, ContextIdType.MARKET_TRANSACTION_ID));
        WalletJournalEntry bare = new WalletJournalEntry(10, NEWEST.minusSeconds(60),
                new JournalRefType("skyhook_claim_fee"), "Claim fee", Isk.of("-10000"), null, null, null, null, null,
                null, null);
        journal().insertNew(CHARACTER, List.of(bare, full));
        journal().insertNew(CHARACTER, entries(11, 12));

        assertThat(journal().newest(CHARACTER, 10)).extracting(WalletJournalEntry::id).containsExactly(20L, 12L, 11L, 10L);
        assertThat(journal().newest(CHARACTER, 10)).startsWith(full).endsWith(bare);
        assertThat(journal().newest(CHARACTER, 2)).extracting(WalletJournalEntry::id).containsExactly(20L, 12L);
        assertThat(journal().newest(CHARACTER, 0)).isEmpty();
        assertThat(journal().newest(DIVISION, 10)).isEmpty();
    }

    /** Entries with ids {@code from..to}, one a minute, the highest id the newest. */
    static List<WalletJournalEntry> entries(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(id -> new WalletJournalEntry(id,
                NEWEST.minusSeconds(60 * (to - id)), JournalRefType.PLAYER_DONATION, "gift " + id, Isk.of("100.00"),
                Isk.of(String.valueOf(1000 + 100 * id)), 90000001L, PILOT, null, null, null, null)).toList();
    }
}
