package org.eveseat.domain.wallet.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.testing.InMemoryWalletJournal;
import org.eveseat.domain.testing.RecordedEvents;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalRefType;
import org.eveseat.domain.wallet.model.JournalStep;
import org.eveseat.domain.wallet.model.JournalWalk;
import org.eveseat.domain.wallet.model.WalletDivision;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.junit.jupiter.api.Test;

class StoreJournalEntriesServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final CharacterId PILOT = new CharacterId(2112625428L);

    private final InMemoryWalletJournal journal = new InMemoryWalletJournal();
    private final RecordedEvents events = new RecordedEvents();
    private final StoreJournalEntriesService service = new StoreJournalEntriesService(journal, journal, events,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void newEntriesAreStoredAndTheNewestFivePushedToTheOwnersWalletTopic() {
        JournalOwner owner = JournalOwner.character(PILOT.value());
        service.store(step(owner, 1, 3));

        int added = service.store(step(owner, 1, 10));

        assertThat(added).isEqualTo(7);
        assertThat(journal.count(owner)).isEqualTo(10);
        assertThat(journal.savedWalks).hasSize(2);
        LiveEvent last = events.all().get(1);
        assertThat(last.type()).isEqualTo("wallet.journal");
        assertThat(last.topic()).isEqualTo("character.2112625428.wallet");
        assertThat(last.occurredAt()).isEqualTo(NOW);
        assertThat(last.payload()).containsEntry("characterId", PILOT.value()).containsEntry("added", 7);
        assertThat((List<?>) last.payload().get("entries")).extracting(e -> (Object) ((Map<?, ?>) e).get("id"))
                .containsExactly(10L, 9L, 8L, 7L, 6L);
    }

    @Test
    void aPageOfKnownEntriesPushesNothing() {
        JournalOwner owner = JournalOwner.character(PILOT.value());
        service.store(step(owner, 1, 4));
        assertThat(service.store(step(owner, 1, 4))).isZero();
        assertThat(events.all()).hasSize(1);
    }

    @Test
    void corporationDivisionsGoToTheCorporationsWalletTopic() {
        JournalOwner division = JournalOwner.corporation(98000001L, new WalletDivision(3));
        service.store(step(division, 1, 2));
        assertThat(events.all()).singleElement().satisfies(e -> {
            assertThat(e.topic()).isEqualTo("corporation.98000001.wallet");
            assertThat(e.payload()).containsEntry("corporationId", 98000001L).containsEntry("division", 3)
                    .doesNotContainKey("characterId");
        });
    }

    private static JournalStep step(JournalOwner owner, long fromId, long toId) {
        List<WalletJournalEntry> entries = LongStream.rangeClosed(fromId, toId).map(id -> toId + fromId - id)
                .mapToObj(id -> new WalletJournalEntry(id, NOW.minusSeconds(3600 - id), JournalRefType.PLAYER_DONATION,
                        "gift " + id, Isk.of("100.00"), Isk.of("1000.00"), null, null, null, null, null, null))
                .toList();
        return new JournalStep(entries, new JournalWalk(owner, PILOT, 2, 0, NOW.plusSeconds(3600), false));
    }
}
