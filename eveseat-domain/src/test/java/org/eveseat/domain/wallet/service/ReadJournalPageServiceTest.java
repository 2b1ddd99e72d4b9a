package org.eveseat.domain.wallet.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.LongStream;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiPage;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalRefType;
import org.eveseat.domain.wallet.model.JournalStep;
import org.eveseat.domain.wallet.model.JournalWalk;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.model.WalletTransaction;
import org.eveseat.domain.wallet.port.out.WalletJournalEsi;
import org.junit.jupiter.api.Test;

class ReadJournalPageServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final CharacterId PILOT = new CharacterId(2112625428L);
    private static final JournalOwner OWNER = JournalOwner.character(PILOT.value());
    private static final int PAGE_SIZE = 10;

    /** ids 1..35 on ESI, newest first, ten a page */
    private final List<Long> ledger = new ArrayList<>(LongStream.rangeClosed(1, 35).boxed().sorted((a, b) -> Long.compare(b, a)).toList());
    private final List<Integer> pagesAsked = new ArrayList<>();
    private EsiResult<EsiPage<WalletJournalEntry>> firstPageOverride;

    private final WalletJournalEsi esi = new WalletJournalEsi() {
        @Override
        public EsiResult<List<WalletJournalEntry>> journal(CharacterId characterId, AccessToken token) {
            throw new AssertionError("the walk reads page by page");
        }

        @Override
        public EsiResult<EsiPage<WalletJournalEntry>> journalPage(CharacterId characterId, int page, AccessToken token) {
            pagesAsked.add(page);
            if (page == 1 && firstPageOverride != null) {
                return firstPageOverride;
            }
            int count = (ledger.size() + PAGE_SIZE - 1) / PAGE_SIZE;
            List<WalletJournalEntry> items = ledger.stream().skip((long) (page - 1) * PAGE_SIZE).limit(PAGE_SIZE)
                    .map(ReadJournalPageServiceTest::entry).toList();
            return new EsiResult.Fresh<>(new EsiPage<>(items, page, count), NOW.plusSeconds(3600));
        }

        @Override
        public EsiResult<List<WalletTransaction>> transactions(CharacterId characterId, OptionalLong fromId,
                                                               AccessToken token) {
            throw new AssertionError("not read");
        }
    };
    private final AccessTokenQuery tokens = character -> new AccessToken("token", NOW.plusSeconds(1000));
    private final ReadJournalPageService service = new ReadJournalPageService(tokens, esi, null);

    @Test
    void aFirstWalkReadsEveryPageAndKeepsPageOnesExpiry() {
        List<Long> read = walk(JournalWalk.begin(OWNER, PILOT, 0));

        assertThat(pagesAsked).containsExactly(1, 2, 3, 4);
        assertThat(read).containsExactlyElementsOf(ledger);
    }

    @Test
    void theWalkStopsAtThePageThatReachesWhatWasStored() {
        List<Long> read = walk(JournalWalk.begin(OWNER, PILOT, 22));

        assertThat(pagesAsked).containsExactly(1, 2);
        assertThat(read).contains(35L, 23L, 22L, 16L).doesNotContain(15L);
    }

    @Test
    void entriesArrivingMidWalkShiftPagesButNoneIsMissed() {
        JournalWalk walk = JournalWalk.begin(OWNER, PILOT, 0);
        JournalStep first = service.read(walk);
        ledger.add(0, 37L);
        ledger.add(0, 36L);
        List<Long> read = new ArrayList<>(first.entries().stream().map(WalletJournalEntry::id).toList());
        read.addAll(walk(first.walk()));

        assertThat(read).containsAll(LongStream.rangeClosed(1, 35).boxed().toList());
    }

    @Test
    void anUnchangedJournalEndsTheWalkAtOnceWithItsExpiry() {
        firstPageOverride = new EsiResult.Unchanged<>(NOW.plusSeconds(600));

        JournalStep step = service.read(JournalWalk.begin(OWNER, PILOT, 30));

        assertThat(step.entries()).isEmpty();
        assertThat(step.walk().done()).isTrue();
        assertThat(step.walk().expires()).isEqualTo(NOW.plusSeconds(600));
    }

    private List<Long> walk(JournalWalk walk) {
        List<Long> read = new ArrayList<>();
        while (!walk.done()) {
            JournalStep step = service.read(walk);
            step.entries().forEach(e -> read.add(e.id()));
            walk = step.walk();
        }
        assertThat(walk.expires()).isEqualTo(NOW.plusSeconds(3600));
        return read;
    }

    private static WalletJournalEntry entry(long id) {
        return new WalletJournalEntry(id, NOW.minusSeconds(60 * (100 - id)), JournalRefType.PLAYER_DONATION, "Donation",
                Isk.of("1.00"), Isk.of("100.00"), 1L, PILOT.value(), null, null, null, null);
    }
}
